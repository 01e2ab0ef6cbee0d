using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>simulateRuleSet and backtestRuleSet: queries, they change nothing.</summary>
public sealed class SimulationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SimulationType>>("simulateRuleSet")
            .Description("Runs the draft over the stored leads (lead kinds) or tenders next to the running version and returns the difference.")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .Arguments(
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Lead)))) { Name = ShapingArguments.Where, Description = "Which leads (lead kinds); all when left out." },
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Tender)))) { Name = "tenderWhere", Description = "Which tenders (TENDER_EVALUATION); all when left out." })
            .Argument<IntGraphType>("first", "How many changed subjects to return (default 10, at most 50).")
            .ResolveAsync(async context =>
            {
                var kind = context.GetArgument<RuleSetKind>("kind");
                var first = Math.Clamp(context.GetArgument<int?>("first") ?? 10, 0, 50);
                var simulator = context.RequestServices!.GetRequiredService<RuleSetSimulator>();
                return kind switch
                {
                    RuleSetKind.LeadScoring or RuleSetKind.LeadRouting => await simulator.SimulateLeadsAsync(kind, Filter<Lead>(context, ShapingArguments.Where), first, context.CancellationToken),
                    RuleSetKind.TenderEvaluation => await simulator.SimulateTendersAsync(Filter<Tender>(context, "tenderWhere"), first, context.CancellationToken),
                    _ => SimulationResult.Refused(kind, 0, [new Errors.RuleValidationError("simulating customer-strategy rules is not available yet; publish and use retagAccounts", null, "ruleSet")]),
                };
            })
            .RequireRole(Roles.Ops);

        query.Field<NonNullGraphType<BacktestType>>("backtestRuleSet")
            .Description("ROC AUC, conversion by grade and by score decile, and top-decile lift over leads with a known outcome, for the draft and the running version.")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<RuleSetBacktester>().BacktestAsync(context.GetArgument<RuleSetKind>("kind"), context.CancellationToken))
            .RequireRole(Roles.Ops);
    }

    private static Expression<Func<TEntity, bool>>? Filter<TEntity>(IResolveFieldContext context, string argument) =>
        (Expression<Func<TEntity, bool>>?)FilterExpressions.Build(FilterExpressions.Entity(context.Schema, typeof(TEntity)),
            context.Arguments is { } arguments && arguments.TryGetValue(argument, out var value) ? value.Value : null, context.Schema);
}
