using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>The intake of one lead of a batch: accepted with its lead and outcome, or refused with its errors.</summary>
public sealed class LeadIntakeResultType : ObjectGraphType<LeadIntakeEntry>
{
    public LeadIntakeResultType()
    {
        Name = "LeadIntakeResult";
        Field<NonNullGraphType<IntGraphType>>("index").Description("Position in the submitted list.").Resolve(c => c.Source.Item.Index);
        Field<NonNullGraphType<BooleanGraphType>>("accepted").Resolve(c => c.Source.Item.Accepted);
        LeadIntakeFields.AddTo(this, e => e);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntakeFieldErrorType>>>>("errors").Resolve(c => c.Source.Item.Errors);
    }
}
