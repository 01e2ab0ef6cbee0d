using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Editing;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>simulateRuleSet, backtestRuleSet and trialScoringRule: queries, they change nothing.</summary>
public sealed class SimulationQueries : IQueryFields
{
    private const string TenderWhere = "tenderWhere";
    private const string AccountWhere = "accountWhere";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SimulationType>>("simulateRuleSet")
            .Description("Runs the draft over the stored leads (lead kinds), tenders or accounts next to the running version and returns the difference.")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .Arguments(
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Lead)))) { Name = ShapingArguments.Where, Description = "Which leads (LEAD_SCORING, LEAD_ROUTING); all when left out." },
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Tender)))) { Name = TenderWhere, Description = "Which tenders (TENDER_EVALUATION); all when left out." },
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Account)))) { Name = AccountWhere, Description = "Which accounts (CUSTOMER_STRATEGY); all when left out. Tiers still rank the whole base." })
            .Argument<IntGraphType>("first", "How many changed subjects to return (default 10, at most 50).")
            .ResolveAsync(async context =>
            {
                var kind = context.GetArgument<RuleSetKind>("kind");
                var first = Math.Clamp(context.GetArgument<int?>("first") ?? 10, 0, 50);
                if (MisplacedFilter(context, kind) is { } misplaced)
                    return SimulationResult.Refused(kind, 0, [misplaced]);
                var simulator = context.RequestServices!.GetRequiredService<RuleSetSimulator>();
                return kind switch
                {
                    RuleSetKind.LeadScoring or RuleSetKind.LeadRouting => await simulator.SimulateLeadsAsync(kind, Filter<Lead>(context, ShapingArguments.Where), first, context.CancellationToken),
                    RuleSetKind.TenderEvaluation => await simulator.SimulateTendersAsync(Filter<Tender>(context, TenderWhere), first, context.CancellationToken),
                    _ => await simulator.SimulateCustomersAsync(Filter<Account>(context, AccountWhere), first, context.CancellationToken),
                };
            })
            .RequireRole(Roles.Reader);

        query.Field<NonNullGraphType<BacktestType>>("backtestRuleSet")
            .Description("Over leads with a known outcome, for the draft and the running version: ROC AUC with its DeLong interval, Gini, KS, top-10 % conversion and lift, conversion by grade, score decile, stage and route; with a split the same for the train and test sides and the PSI of the score between them. LEAD_ROUTING keeps the published scores (see note); TENDER_EVALUATION and CUSTOMER_STRATEGY have no stored outcome and answer with an error saying so.")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .Arguments(
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Lead)))) { Name = ShapingArguments.Where, Description = "Which leads; all with a known outcome when left out." },
                new QueryArgument<LeadSplitInputType> { Name = LeadSplit.Argument, Description = "Train / test split; figures over all the selected leads only when left out." })
            .ResolveAsync(async context =>
            {
                var kind = context.GetArgument<RuleSetKind>("kind");
                var (split, error) = Split(context);
                if (error is not null)
                    return new BacktestResult(kind, null, null, null, [error]);
                return await context.RequestServices!.GetRequiredService<RuleSetBacktester>().BacktestAsync(kind, Filter<Lead>(context, ShapingArguments.Where), split, context.CancellationToken);
            })
            .RequireRole(Roles.Reader);

        AddTrial(query);
    }

    private static void AddTrial(ObjectGraphType query) =>
        query.Field<NonNullGraphType<RuleTrialType>>("trialScoringRule")
            .Description("Tries one unsaved rule on one stored lead: the draft with the rule (added, or replacing the draft rule rule.id) next to the draft without it and the running version, and the rule's hit. For LEAD_SCORING and LEAD_ROUTING. Saves nothing; errors name the argument.")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .Argument<NonNullGraphType<IntGraphType>>("leadId")
            .Argument<NonNullGraphType<TrialScoringRuleInputType>>("rule")
            .ResolveAsync(async context =>
            {
                var kind = context.GetArgument<RuleSetKind>("kind");
                var leadId = context.GetArgument<int>("leadId");
                var simulator = context.RequestServices!.GetRequiredService<RuleSetSimulator>();
                if (kind is not (RuleSetKind.LeadScoring or RuleSetKind.LeadRouting))
                    return RuleTrial.Refused(kind, leadId, 0, [new RuleValidationError($"a lead is scored by LEAD_SCORING and routed by LEAD_ROUTING, not by {kind.ToString().ToConstantCase()}", null, "kind")]);
                var (rule, errors) = await TrialRuleAsync(context, kind);
                return rule is null ? RuleTrial.Refused(kind, leadId, 0, errors) : await simulator.TrialOnLeadAsync(kind, leadId, rule, context.CancellationToken);
            })
            .RequireRole(Roles.Reader);

    /// <summary>The rule argument checked as <c>validateScoringRule</c> checks it (custom-field names included); errors name <c>rule.*</c>.</summary>
    private static async Task<(TrialRule? Rule, IReadOnlyList<RuleValidationError> Errors)> TrialRuleAsync(IResolveFieldContext context, RuleSetKind kind)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("rule");
        var name = input.GetValueOrDefault("name") as string;
        var when = (string)input["when"]!;
        var errors = new List<RuleValidationError>();
        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200))
            errors.Add(new RuleValidationError("a rule needs a name of 1 to 200 characters", null, "rule.name"));
        var (then, actionError) = RuleActionInput.ToJson(input.GetValueOrDefault("then") as IDictionary<string, object?>);
        IReadOnlyList<Scoring.Rules.RuleError> found = actionError is not null
            ? [actionError]
            : (await context.RequestServices!.GetRequiredService<RuleDraftEditor>().ValidateAsync(kind, when, then, context.CancellationToken)).Errors;
        errors.AddRange(found.Select(e => RuleValidationError.From(e) with { Part = $"rule.{e.Part}" }));
        if (errors.Count > 0)
            return (null, errors);
        return (new TrialRule((int?)input.GetValueOrDefault("id"), name, when, Scoring.Rules.RuleActionJson.Parse(then).Action!,
            (int?)input.GetValueOrDefault("priority"), (bool?)input.GetValueOrDefault("enabled")), []);
    }

    internal static (LeadSplit? Split, RuleValidationError? Error) Split(IResolveFieldContext context) =>
        LeadSplit.From(context.GetArgument<Dictionary<string, object?>?>(LeadSplit.Argument));

    /// <summary>A filter for other subjects than the kind simulates would be ignored silently; refuse it instead.</summary>
    private static RuleValidationError? MisplacedFilter(IResolveFieldContext context, RuleSetKind kind)
    {
        var expected = kind switch
        {
            RuleSetKind.LeadScoring or RuleSetKind.LeadRouting => ShapingArguments.Where,
            RuleSetKind.TenderEvaluation => TenderWhere,
            _ => AccountWhere,
        };
        var given = new[] { ShapingArguments.Where, TenderWhere, AccountWhere }
            .FirstOrDefault(name => name != expected && context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) && value.Value is not null);
        return given is null ? null : new RuleValidationError($"{given} does not apply to {kind.ToString().ToConstantCase()}; filter with {expected}", null, given);
    }

    internal static Expression<Func<TEntity, bool>>? Filter<TEntity>(IResolveFieldContext context, string argument) =>
        (Expression<Func<TEntity, bool>>?)FilterExpressions.Build(FilterExpressions.Entity(context.Schema, typeof(TEntity)),
            context.Arguments is { } arguments && arguments.TryGetValue(argument, out var value) ? value.Value : null, context.Schema);
}
