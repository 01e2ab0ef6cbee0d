namespace SalesGraph.Data.Rules;

/// <summary>One evaluation of a subject (lead, tender, account) by a rule-set version, with the rules that fired.</summary>
public class ScoreResult
{
    public long Id { get; set; }
    public ScoreSubject Subject { get; set; }
    public int SubjectId { get; set; }
    public RuleSetKind RuleSet { get; set; }
    public int RuleSetVersion { get; set; }
    public int Total { get; set; }
    public int Fit { get; set; }
    public int Engagement { get; set; }
    /// <summary>Outcome in words: grade, stage, route, decision or tags, as JSON.</summary>
    public string? Outcome { get; set; }
    public DateTime EvaluatedAt { get; set; }
    /// <summary>The rules that fired, in firing order; stored as one JSON column (<see cref="RuleHitsJson"/>).</summary>
    public List<RuleHit> Hits { get; set; } = [];
}

public enum ScoreSubject
{
    Lead,
    Tender,
    Account,
}
