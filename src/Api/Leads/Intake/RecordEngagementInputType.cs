using GraphQL.Types;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

public sealed class RecordEngagementInputType : InputObjectGraphType<EngagementSubmission>
{
    public RecordEngagementInputType()
    {
        Name = "RecordEngagementInput";
        Description = "Something a lead did. Name the lead by leadId or by (source, externalId).";
        Field(x => x.LeadId, nullable: true);
        Field(x => x.Source, type: typeof(EnumerationGraphType<LeadSource>));
        Field(x => x.ExternalId, nullable: true);
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<EngagementKind>>));
        Field(x => x.OccurredAt);
        Field(x => x.Detail, nullable: true);
    }
}
