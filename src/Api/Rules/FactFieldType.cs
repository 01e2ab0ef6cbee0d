using GraphQL.Types;
using SalesGraph.Scoring.Conditions;

namespace SalesGraph.Api.Rules;

public sealed class FactFieldType : ObjectGraphType<FactField>
{
    public FactFieldType()
    {
        Name = "FactField";
        Description = "A fact member a condition of this rule set may name, e.g. Lead.Employees (for an editor's completion list).";
        Field(f => f.Fact).Description("The fact: Lead, Account, Contact, Tender or Customer.");
        Field(f => f.Name).Description("The member, as written after the dot.");
        Field(f => f.Path).Description("Fact.Member.");
        Field("type", f => f.TypeName).Description("text, whole number, number, yes/no, or one of the listed values.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("values")
            .Description("The allowed values of an enumeration member (empty otherwise).")
            .Resolve(c => c.Source.Values);
    }
}
