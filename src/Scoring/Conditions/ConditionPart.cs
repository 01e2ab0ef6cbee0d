using System.Linq.Expressions;

namespace SalesGraph.Scoring.Conditions;

/// <summary>One &amp;&amp;-part of a condition, placed on the pattern of the last fact it uses (a join sits on the second pattern).</summary>
public sealed record ConditionPart(int PatternIndex, LambdaExpression Lambda);
