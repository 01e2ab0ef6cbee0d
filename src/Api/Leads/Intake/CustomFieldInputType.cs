using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

public sealed class CustomFieldInputType : InputObjectGraphType<CustomField>
{
    public CustomFieldInputType()
    {
        Name = "CustomFieldInput";
        Description = "A custom field: its key and at most one of value (text, converted to the field's type), number, flag or date; none means missing.";
        Field(x => x.Key);
        Field(x => x.Value, nullable: true).Description("Text; for a number, yes/no or date field it is converted (\"5\", \"yes\", \"2025-01-31\").");
        Field(x => x.Number, nullable: true).Description("For a number field.");
        Field(x => x.Flag, nullable: true).Description("For a yes/no field.");
        Field(x => x.Date, nullable: true).Description("For a date field (UTC).");
    }
}
