using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.Accounts.Scoring;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Tenders.Scoring;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Rules;

/// <summary><c>rescoreLeads</c>, <c>reevaluateTenders</c>, <c>retagAccounts</c>: the current rules over stored rows, optionally filtered
/// by the same <c>where</c> input the connections take (<c>input: {}</c> means all).</summary>
public sealed class RuleEvaluationMutations : IMutationFields
{
    // One instance per schema, shared by the three payload unions.
    private readonly EvaluationConflictErrorType _conflict = new();

    public void AddTo(ObjectGraphType mutation)
    {
        Add<Lead>(mutation, "rescoreLeads", "Runs the current lead scoring and routing rules over the stored leads.",
            (services, where, ct) => services.GetRequiredService<LeadRescoring>().RescoreAsync(where, ct));
        Add<Tender>(mutation, "reevaluateTenders", "Runs the current tender rules over the stored tenders.",
            (services, where, ct) => services.GetRequiredService<TenderReevaluation>().ReevaluateAsync(where, ct));
        Add<Account>(mutation, "retagAccounts", "Runs the current customer-strategy rules over the stored accounts (the pyramid ranks the whole base).",
            (services, where, ct) => services.GetRequiredService<AccountRetagging>().RetagAsync(where, ct));
    }

    private void Add<TEntity>(ObjectGraphType mutation, string name, string description,
        Func<IServiceProvider, Expression<Func<TEntity, bool>>?, CancellationToken, Task<EvaluationRun>> run)
    {
        var typeName = ConventionNames.Pascal(name);
        var input = new InputObjectGraphType { Name = $"{typeName}Input" };
        input.AddField(new FieldType
        {
            Name = ShapingArguments.Where,
            Description = "Only these; leave out for all.",
            ResolvedType = new GraphQLTypeReference(ConventionNames.Filter(typeof(TEntity).Name)),
        });

        var payload = new ObjectGraphType<EvaluationPayload> { Name = $"{typeName}Payload" };
        payload.Field<NonNullGraphType<IntGraphType>>("evaluated").Description("How many were evaluated.").Resolve(c => c.Source.Run.Evaluated);
        payload.Field<NonNullGraphType<IntGraphType>>("changed").Description("How many came out different from what was stored.").Resolve(c => c.Source.Run.Changed);
        payload.Field<NonNullGraphType<IntGraphType>>("version").Description("The rule-set version that evaluated them.").Resolve(c => c.Source.Run.Version);
        var errors = new UnionGraphType { Name = $"{typeName}Error" };
        errors.AddPossibleType(_conflict);
        payload.AddField(new FieldType
        {
            Name = "errors",
            ResolvedType = new ListGraphType(new NonNullGraphType(errors)),
            Resolver = new FuncFieldResolver<EvaluationPayload, object?>(c => c.Source.Errors),
        });

        mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" }),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var where = context.Arguments?["input"].Value is IDictionary<string, object?> values ? values.TryGetValue(ShapingArguments.Where, out var w) ? w : null : null;
                var filter = (Expression<Func<TEntity, bool>>?)FilterExpressions.Build(FilterExpressions.Entity(context.Schema, typeof(TEntity)), where, context.Schema);
                return new EvaluationPayload(await run(context.RequestServices!, filter, context.CancellationToken));
            }),
        }).RequireRole(Roles.Ops);
    }
}
