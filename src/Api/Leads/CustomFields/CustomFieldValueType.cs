using System.Globalization;
using GraphQL.Types;
using SalesGraph.Scoring.Facts;

namespace SalesGraph.Api.Leads.CustomFields;

/// <summary>One custom field of a lead as stored: its name, type and value, read the way rules read it (<c>Lead.Number("TotalVisits")</c>).</summary>
public sealed class CustomFieldValueType : ObjectGraphType<(string Name, CustomFieldValue Value)>
{
    public CustomFieldValueType()
    {
        Name = "CustomFieldValue";
        Description = "A custom field of a lead (an imported column or a submitted extra), typed; filter leads by it with where: { customFields: { name, number: { gte: 5 } } }.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<EnumerationGraphType<CustomFieldType>>("type").Description("Null when the value is missing.").Resolve(c => c.Source.Value.Type);
        Field<StringGraphType>("value").Description("The value as text, whatever its type (a number in invariant culture, true/false, an ISO date).")
            .Resolve(c => Text(c.Source.Value));
        Field<FloatGraphType>("number").Description("Lead.Number(name): the number, or a text that reads as one.").Resolve(c => c.Source.Value.Number);
        Field<BooleanGraphType>("flag").Description("Lead.Flag(name): a yes/no value.").Resolve(c => c.Source.Value.Flag);
        Field<DateTimeGraphType>("date").Description("Lead.Date(name): an ISO 8601 date (UTC).").Resolve(c => c.Source.Value.Date);
        Field<NonNullGraphType<BooleanGraphType>>("missing").Description("Lead.IsMissing(name): blank, a placeholder such as Select, or null.").Resolve(c => c.Source.Value.IsMissing);
    }

    private static string? Text(CustomFieldValue value) => value.Type switch
    {
        CustomFieldType.Number => value.Number!.Value.ToString(CultureInfo.InvariantCulture),
        CustomFieldType.YesNo => value.Flag == true ? "true" : "false",
        _ => value.Text,
    };
}
