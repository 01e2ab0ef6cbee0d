using GraphQL.Types;

namespace SalesGraph.Api.Leads.Scoring;

public sealed class LeadRouteType : ObjectGraphType<StoredLeadScore>
{
    public LeadRouteType()
    {
        Name = "LeadRoute";
        Description = "The team a lead is routed to, the rep round robin picked, and the follow-up deadline.";
        Field<NonNullGraphType<StringGraphType>>("team").Resolve(c => c.Source.Team);
        Field<StringGraphType>("rep").Description("Null when every rep of the team is at capacity.").Resolve(c => c.Source.Rep);
        Field<DateTimeGraphType>("dueAt").Resolve(c => c.Source.DueAt);
    }
}
