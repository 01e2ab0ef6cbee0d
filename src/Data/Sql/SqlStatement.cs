namespace SalesGraph.Data.Sql;

/// <summary>One SQL statement the code runs outside EF Core's query pipeline, as <see cref="SqlDialect"/> writes it for a provider.
/// Only a dialect makes one, so every raw statement has a text for each provider.</summary>
/// <param name="Name">What it does, e.g. <c>InsertScoreResult</c>; names the statement in snapshots.</param>
/// <param name="Parameters">Its parameters (<c>@name</c> in <paramref name="Text"/>) in the order values are bound.</param>
public sealed record SqlStatement
{
    internal SqlStatement(string name, string text, IReadOnlyList<string> parameters)
    {
        Name = name;
        Text = text;
        Parameters = parameters;
    }

    public string Name { get; }
    public string Text { get; }
    public IReadOnlyList<string> Parameters { get; }
}
