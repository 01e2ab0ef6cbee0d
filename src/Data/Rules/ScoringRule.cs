namespace SalesGraph.Data.Rules;

/// <summary>A rule in the draft of a rule set, as operations edit it.</summary>
public class ScoringRule
{
    public int Id { get; set; }
    public RuleSetKind RuleSet { get; set; }
    public required string Name { get; set; }
    /// <summary>The condition, e.g. <c>Lead.Employees >= 500 &amp;&amp; Lead.Country in ("NL", "BE")</c>.</summary>
    public required string When { get; set; }
    /// <summary>The action as JSON, e.g. <c>{"addPoints":{"dimension":"Fit","points":10}}</c>.</summary>
    public required string Then { get; set; }
    public int Priority { get; set; }
    public bool Enabled { get; set; } = true;
    public string? ChangedBy { get; set; }
    public DateTime ChangedAt { get; set; }
    /// <summary>Optimistic-concurrency token: incremented on every write.</summary>
    public int Version { get; set; }
}
