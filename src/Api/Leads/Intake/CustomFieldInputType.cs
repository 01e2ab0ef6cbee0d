using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

public sealed class CustomFieldInputType : InputObjectGraphType<CustomField>
{
    public CustomFieldInputType()
    {
        Name = "CustomFieldInput";
        Field(x => x.Key);
        Field(x => x.Value, nullable: true);
    }
}
