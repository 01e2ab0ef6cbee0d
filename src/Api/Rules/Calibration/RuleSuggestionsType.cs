using GraphQL.Types;
using SalesGraph.Api.Rules.Errors;

namespace SalesGraph.Api.Rules.Calibration;

public sealed class RuleSuggestionsType : ObjectGraphType<RuleSuggestions>
{
    public RuleSuggestionsType()
    {
        Name = "RuleSuggestions";
        Field(s => s.Split, nullable: true);
        Field(s => s.TrainLeads);
        Field(s => s.TrainConverted);
        Field(s => s.TestLeads);
        Field(s => s.TestConverted);
        Field(s => s.MinimumCount).Description("Train leads a candidate must hold.");
        Field(s => s.UsedFields).Description("Fields an enabled scoring rule already tests: left out.");
        Field(s => s.ConsideredFields).Description("Fields candidates were drawn from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleCandidateType>>>>("candidates").Description("Best information value first.").Resolve(c => c.Source.Candidates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleValidationErrorType>>>>("errors").Description("Why there are no candidates; part names the argument.").Resolve(c => c.Source.Errors);
    }
}
