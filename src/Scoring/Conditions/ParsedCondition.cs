using System.Linq.Expressions;

namespace SalesGraph.Scoring.Conditions;

/// <summary>A condition that passed the allow-list, rewritten (ordinal text tests, <c>in</c> as == / || chains).</summary>
/// <param name="Lambda">The whole condition over all the schema's facts, in schema order (unused facts may be null).</param>
/// <param name="Parts">The &amp;&amp;-parts, each on its pattern.</param>
/// <param name="FactIndexes">Schema indexes of the facts the rule uses; always includes the subject (0).</param>
public sealed record ParsedCondition(LambdaExpression Lambda, IReadOnlyList<ConditionPart> Parts, IReadOnlyList<int> FactIndexes);
