namespace SalesGraph.Data.Rules;

/// <summary>A rule that fired in an evaluation, and what it contributed after caps and decay.</summary>
public class RuleHit
{
    public long Id { get; set; }
    public long ScoreResultId { get; set; }
    public ScoreResult? ScoreResult { get; set; }
    public int? RuleId { get; set; }
    public required string RuleName { get; set; }
    public int Points { get; set; }
    /// <summary>The action it took, in words (route, stage, decision, tag).</summary>
    public string? Effect { get; set; }
}
