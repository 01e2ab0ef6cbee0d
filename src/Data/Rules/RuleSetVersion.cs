namespace SalesGraph.Data.Rules;

/// <summary>A published, numbered and immutable snapshot of a rule set; the engine runs the newest.</summary>
public class RuleSetVersion
{
    public int Id { get; set; }
    public RuleSetKind RuleSet { get; set; }
    public int Number { get; set; }
    /// <summary>The rules as published, a JSON array.</summary>
    public required string RulesJson { get; set; }
    public string? Note { get; set; }
    public string? PublishedBy { get; set; }
    public DateTime PublishedAt { get; set; }
    /// <summary>Set when this version re-publishes an earlier one.</summary>
    public int? RolledBackFrom { get; set; }
}
