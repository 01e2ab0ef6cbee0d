using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Api.Rules.Editing;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Publishing;

/// <summary>publishRuleSet and rollbackRuleSet.</summary>
public sealed class PublishMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add(mutation, "publishRuleSet", "Compiles the draft and publishes it as the next version; refuses with every rule's errors if anything fails. This instance swaps at once, others within one poll interval.", i => i.Field<StringGraphType>("note"), (context, input, publisher) =>
            publisher.PublishAsync((RuleSetKind)input["kind"]!, input.GetValueOrDefault("note") as string, OperatorName.From(context), context.CancellationToken));

        Add(mutation, "rollbackRuleSet", "Publishes an earlier version's rules again as the next number (rolledBackFrom set) and resets the draft rows to those rules.", i =>
        {
            i.Field<NonNullGraphType<IntGraphType>>("version").Description("The earlier version to publish again as the next number.");
            i.Field<StringGraphType>("note");
        }, (context, input, publisher) =>
            publisher.RollbackAsync((RuleSetKind)input["kind"]!, (int)input["version"]!, input.GetValueOrDefault("note") as string, OperatorName.From(context), context.CancellationToken));
    }

    private static void Add(ObjectGraphType mutation, string name, string description, Action<InputObjectGraphType> fields, Func<IResolveFieldContext, Dictionary<string, object?>, RuleSetPublisher, Task<PublishResult>> resolve)
    {
        var pascal = ConventionNames.Pascal(name);
        var input = new InputObjectGraphType { Name = $"{pascal}Input" };
        input.Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind");
        fields(input);
        var payload = new ObjectGraphType<PublishResult> { Name = $"{pascal}Payload" };
        payload.Field<RuleSetVersionType>("version").Resolve(c => c.Source.Version);
        payload.ErrorsField(name, p => p.Errors, typeof(RuleValidationErrorType), typeof(RuleSetVersionNotFoundErrorType), typeof(PublishConflictErrorType));
        mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Arguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" })
            .ResolveAsync(async context => await resolve(context, context.GetArgument<Dictionary<string, object?>>("input"), context.RequestServices!.GetRequiredService<RuleSetPublisher>()))
            .RequireRole(Roles.Ops);
    }
}
