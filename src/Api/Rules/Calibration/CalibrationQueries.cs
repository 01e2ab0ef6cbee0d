using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Rules.Simulation;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>suggestPoints and suggestRules: queries, they change nothing.</summary>
public sealed class CalibrationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PointsSuggestionType>>("suggestPoints")
            .Description("Fits the points of the draft's enabled addPoints rules from recorded outcomes on the train side (L2 logistic regression on the rules' hits; 20 points double the odds) and compares current and suggested points on the test side. Saves nothing: applySuggestedPoints writes them to the draft.")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .Arguments(Arguments())
            .ResolveAsync(async context =>
            {
                if (Refusal(context) is { } error)
                    return PointsSuggestion.Refused([error]);
                var (split, _) = SimulationQueries.Split(context);
                return (await context.RequestServices!.GetRequiredService<PointsSuggester>().SuggestAsync(
                    SimulationQueries.Filter<Lead>(context, ShapingArguments.Where), split ?? Default, context.CancellationToken)).Suggestion;
            })
            .RequireRole(Roles.Reader);

        query.Field<NonNullGraphType<RuleSuggestionsType>>("suggestRules")
            .Description("Candidate addPoints rules over fields no enabled scoring rule tests: text levels with at least minimumCount train leads (and missing), quantile bins of numbers, yes/no; with WoE, IV, conversion and lift on train, lift on test, and the points each would get fitted with the existing rules. Each is a createScoringRule input as is. Saves nothing.")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .Arguments(Arguments())
            .Argument<IntGraphType>("max", $"How many candidates (default {RuleSuggester.DefaultMax}, at most {RuleSuggester.MaxMax}).")
            .Argument<IntGraphType>("minimumCount", $"Train leads a text level or bin must hold (default {RuleSuggester.DefaultMinimumCount}).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("fields", "Only these fields; all the unused ones when left out.")
            .ResolveAsync(async context =>
            {
                if (Refusal(context) is { } error)
                    return RuleSuggestions.Refused([error]);
                var (split, _) = SimulationQueries.Split(context);
                return await context.RequestServices!.GetRequiredService<RuleSuggester>().SuggestAsync(
                    SimulationQueries.Filter<Lead>(context, ShapingArguments.Where), split ?? Default,
                    context.GetArgument<int?>("max") ?? RuleSuggester.DefaultMax, context.GetArgument<int?>("minimumCount") ?? RuleSuggester.DefaultMinimumCount,
                    context.GetArgument<List<string>?>("fields"), context.CancellationToken);
            })
            .RequireRole(Roles.Reader);
    }

    public static readonly LeadSplit Default = new(LeadSplitMethod.Hash, LeadSplit.DefaultTestFraction, null);

    public static QueryArgument[] Arguments() =>
    [
        new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Lead)))) { Name = ShapingArguments.Where, Description = "Which leads; all with a known outcome when left out." },
        new QueryArgument<LeadSplitInputType> { Name = LeadSplit.Argument, Description = $"Train / test split; HASH with {LeadSplit.DefaultTestFraction} held out when left out." },
    ];

    /// <summary>A kind other than lead scoring, or a bad split: the error naming the argument.</summary>
    public static RuleValidationError? Refusal(IResolveFieldContext context)
    {
        var kind = context.GetArgument<RuleSetKind>("kind");
        if (kind != RuleSetKind.LeadScoring)
            return new RuleValidationError($"only LEAD_SCORING has points fitted from outcomes (got {kind.ToString().ToConstantCase()})", null, CalibrationSampler.KindArgument);
        return SimulationQueries.Split(context).Error;
    }
}
