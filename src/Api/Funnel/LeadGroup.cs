namespace SalesGraph.Api.Funnel;

/// <summary>What lead conversion can be split by; several at once (at most <see cref="AnalyticsArguments.MaxGroups"/>).</summary>
public enum LeadGroup
{
    Source,
    Grade,
    /// <summary>The lead's lifecycle stage now.</summary>
    Stage,
    /// <summary>The team the rules routed the lead to.</summary>
    RouteTeam,
    /// <summary>The rep the lead was assigned to.</summary>
    Rep,
    /// <summary>The month the lead was created.</summary>
    Month,
    /// <summary>The value of the custom field named by the <c>customField</c> argument.</summary>
    CustomField,
}
