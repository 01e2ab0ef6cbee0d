namespace SalesGraph.Scoring.Rules;

/// <summary>A rule as data: the row operations edit, with its action already parsed (see <see cref="RuleActionJson"/>).</summary>
/// <param name="Id">The database id; breaks ties between rules of equal priority and name.</param>
/// <param name="When">The condition text, e.g. <c>Lead.Employees >= 500 &amp;&amp; Lead.Country in ("NL", "BE")</c>.</param>
/// <param name="Priority">Higher wins where actions conflict (route, stage, grade, decision).</param>
public sealed record RuleSpec(int Id, string Name, RuleSetKind Kind, string When, RuleAction Then, int Priority = 0, bool Enabled = true);
