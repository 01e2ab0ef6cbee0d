using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

/// <summary><c>input SubmitLeadsInput { leads: [SubmitLeadInput!]! }</c>.</summary>
public sealed class SubmitLeadsInputType : InputObjectGraphType<SubmitLeadsInput>
{
    public SubmitLeadsInputType()
    {
        Name = "SubmitLeadsInput";
        Field(x => x.Leads, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SubmitLeadInputType>>>));
    }
}
