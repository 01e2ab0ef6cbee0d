using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Editing;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>applySuggestedPoints: the suggestion of suggestPoints (computed again from the same where and split) written to the
/// draft as audited rule updates, when it beats the current points on the test side. Publish as usual.</summary>
public sealed class CalibrationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var input = new InputObjectGraphType { Name = "ApplySuggestedPointsInput" };
        input.Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind");
        input.Field(ShapingArguments.Where, new GraphQLTypeReference(ConventionNames.Filter(nameof(Lead)))).Description("Which leads, as in suggestPoints.");
        input.Field<LeadSplitInputType>(LeadSplit.Argument).Description("The split, as in suggestPoints.");
        var payload = new ObjectGraphType<ApplyPointsResult> { Name = "ApplySuggestedPointsPayload" };
        payload.Field<PointsSuggestionType>("suggestion").Resolve(c => c.Source.Suggestion);
        payload.Field<NonNullGraphType<BooleanGraphType>>("applied").Resolve(c => c.Source.Applied);
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoringRuleType>>>>("rules").Description("The draft rules whose points changed.").Resolve(c => c.Source.Rules);
        payload.ErrorsField("applySuggestedPoints", p => p.Errors, typeof(RuleValidationErrorType), typeof(RuleNotFoundErrorType), typeof(ConcurrencyErrorType));
        mutation.Field("applySuggestedPoints", new NonNullGraphType(payload))
            .Description("Fits the points as suggestPoints does and, if they beat the current points on the test side, writes them to the draft (one audited update per changed rule, all or nothing). Otherwise says so and changes nothing.")
            .Arguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" })
            .ResolveAsync(async context => await ApplyAsync(context, context.GetArgument<Dictionary<string, object?>>("input")))
            .RequireRole(Roles.Ops);
    }

    private static async Task<ApplyPointsResult> ApplyAsync(IResolveFieldContext context, Dictionary<string, object?> input)
    {
        var kind = (RuleSetKind)input["kind"]!;
        if (kind != RuleSetKind.LeadScoring)
            return new ApplyPointsResult(null, [], [new RuleValidationError($"only LEAD_SCORING has points fitted from outcomes (got {kind.ToString().ToConstantCase()})", null, $"input.{CalibrationSampler.KindArgument}")]);
        var (split, splitError) = LeadSplit.From(input.GetValueOrDefault(LeadSplit.Argument) as IDictionary<string, object?>);
        if (splitError is not null)
            return new ApplyPointsResult(null, [], [splitError with { Part = "input." + splitError.Part }]);
        var where = (System.Linq.Expressions.Expression<Func<Lead, bool>>?)FilterExpressions.Build(FilterExpressions.Entity(context.Schema, typeof(Lead)), input.GetValueOrDefault(ShapingArguments.Where), context.Schema);
        var services = context.RequestServices!;
        var (suggestion, _) = await services.GetRequiredService<PointsSuggester>().SuggestAsync(where, split ?? CalibrationQueries.Default, context.CancellationToken);
        if (suggestion.Errors.Count > 0)
            return new ApplyPointsResult(suggestion, [], [.. suggestion.Errors.Select(e => e with { Part = "input." + e.Part })]);
        if (!suggestion.BeatsCurrent)
            return new ApplyPointsResult(suggestion, [], [new RuleValidationError(suggestion.Verdict!, null, "input")]);
        var changes = suggestion.Rules.Where(r => r.SuggestedPoints != r.CurrentPoints).Select(r => (r.RuleId, r.Version, r.SuggestedPoints)).ToList();
        var (rules, errors) = await services.GetRequiredService<RuleDraftEditor>().SetPointsAsync(changes, OperatorName.From(context), context.CancellationToken);
        return new ApplyPointsResult(suggestion, rules, errors);
    }
}
