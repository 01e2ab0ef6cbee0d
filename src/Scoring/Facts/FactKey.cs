namespace SalesGraph.Scoring.Facts;

/// <summary>A fact's identity in the session: its kind and database id, so a lead and an account with the same id stay apart.</summary>
public readonly record struct FactKey(string Kind, int Id);
