namespace SalesGraph.Scoring.Rules;

/// <summary>What a rule does when its condition holds. Stored as JSON with one property naming the action.</summary>
public abstract record RuleAction
{
    /// <summary>The action in words, for explanations (e.g. "+10 Fit (cap 20)").</summary>
    public abstract string Describe();
}

/// <summary>Adds (or with negative points, removes) points in a dimension; <paramref name="Cap"/> bounds this rule's total per subject.</summary>
public sealed record AddPoints(ScoreDimension Dimension, int Points, int? Cap = null) : RuleAction
{
    public override string Describe() => $"{(Points >= 0 ? "+" : "")}{Points} {Dimension}{(Cap is { } c ? $" (cap {c})" : "")}";
}

/// <summary>Routes the lead or tender to a team, with a follow-up deadline in hours.</summary>
public sealed record Route(string Team, int? SlaHours = null) : RuleAction
{
    public override string Describe() => SlaHours is { } h ? $"route to {Team} within {h} h" : $"route to {Team}";
}

public sealed record SetStage(LeadStage Stage) : RuleAction
{
    public override string Describe() => $"stage {Stage}";
}

public sealed record Nurture(string Track) : RuleAction
{
    public override string Describe() => $"nurture track {Track}";
}

public sealed record Decide(BidDecision Decision) : RuleAction
{
    public override string Describe() => $"decide {Decision}";
}

public sealed record Tag(StrategyTag Strategy) : RuleAction
{
    public override string Describe() => $"tag {Strategy}";
}

public sealed record SetGrade(LeadGrade Grade) : RuleAction
{
    public override string Describe() => $"grade {Grade}";
}

/// <summary>Routing: the lead's company is new to us, so create a suspect account for it (name from the company, domain from the
/// lead's company domain) and link the lead. Applies only to a lead without an account that is not disqualified; the intake
/// never creates a second account for the same domain or normalised company name.</summary>
public sealed record CreateSuspectAccount : RuleAction
{
    public override string Describe() => "create a suspect account for the company";
}
