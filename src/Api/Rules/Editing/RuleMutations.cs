using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Editing;

/// <summary>createScoringRule, updateScoringRule, disableScoringRule, deleteScoringRule and validateScoringRule.</summary>
public sealed class RuleMutations : IMutationFields
{
    private static readonly Type[] EditErrors = [typeof(RuleValidationErrorType), typeof(RuleNotFoundErrorType), typeof(ConcurrencyErrorType), typeof(DuplicateRuleNameErrorType)];

    public void AddTo(ObjectGraphType mutation)
    {
        Add(mutation, "createScoringRule", Input("CreateScoringRuleInput", i =>
        {
            i.Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("ruleSet");
            i.Field<NonNullGraphType<StringGraphType>>("name");
            i.Field<NonNullGraphType<StringGraphType>>("when");
            i.Field<NonNullGraphType<RuleActionInputType>>("then");
            i.Field<IntGraphType>("priority");
            i.Field<BooleanGraphType>("enabled");
        }), (context, input, editor) =>
        {
            var (then, error) = RuleActionInput.ToJson(Object(input, "then"));
            return error is not null
                ? Task.FromResult(RuleEditResult.Refused(RuleValidationError.From(error)))
                : editor.CreateAsync((RuleSetKind)input["ruleSet"]!, (string)input["name"]!, (string)input["when"]!, then!,
                    Value<int?>(input, "priority") ?? 0, Value<bool?>(input, "enabled") ?? true, OperatorName.From(context), context.CancellationToken);
        });

        Add(mutation, "updateScoringRule", Input("UpdateScoringRuleInput", i =>
        {
            Versioned(i);
            i.Field<StringGraphType>("name");
            i.Field<StringGraphType>("when");
            i.Field<RuleActionInputType>("then");
            i.Field<IntGraphType>("priority");
            i.Field<BooleanGraphType>("enabled");
        }), (context, input, editor) =>
        {
            string? then = null;
            if (Object(input, "then") is { } action)
            {
                (then, var error) = RuleActionInput.ToJson(action);
                if (error is not null)
                    return Task.FromResult(RuleEditResult.Refused(RuleValidationError.From(error)));
            }
            var edit = new RuleEdit(Value<string>(input, "name"), Value<string>(input, "when"), then, Value<int?>(input, "priority"), Value<bool?>(input, "enabled"));
            return editor.UpdateAsync((int)input["id"]!, (int)input["expectedVersion"]!, edit, OperatorName.From(context), context.CancellationToken);
        });

        Add(mutation, "disableScoringRule", Input("DisableScoringRuleInput", Versioned), (context, input, editor) =>
            editor.UpdateAsync((int)input["id"]!, (int)input["expectedVersion"]!, new RuleEdit(Enabled: false), OperatorName.From(context), context.CancellationToken, "disable"));

        Add(mutation, "deleteScoringRule", Input("DeleteScoringRuleInput", Versioned), (context, input, editor) =>
            editor.DeleteAsync((int)input["id"]!, (int)input["expectedVersion"]!, OperatorName.From(context), context.CancellationToken));

        AddValidate(mutation);
    }

    private static void AddValidate(ObjectGraphType mutation)
    {
        var payload = new ObjectGraphType<RuleEditResult> { Name = "ValidateScoringRulePayload" };
        payload.Field<NonNullGraphType<BooleanGraphType>>("valid").Resolve(c => c.Source.Errors.Count == 0);
        payload.ErrorsField("validateScoringRule", p => p.Errors, typeof(RuleValidationErrorType));
        var input = Input("ValidateScoringRuleInput", i =>
        {
            i.Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("ruleSet");
            i.Field<NonNullGraphType<StringGraphType>>("when");
            i.Field<NonNullGraphType<RuleActionInputType>>("then");
        });
        mutation.Field("validateScoringRule", new NonNullGraphType(payload))
            .Description("Checks a rule without saving it, for editors that check as the operator types.")
            .Arguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" })
            .ResolveAsync(async context =>
            {
                var values = context.GetArgument<Dictionary<string, object?>>("input");
                var (then, error) = RuleActionInput.ToJson(Object(values, "then"));
                var editor = context.RequestServices!.GetRequiredService<RuleDraftEditor>();
                var errors = error is not null
                    ? [RuleValidationError.From(error)]
                    : (await editor.ValidateAsync((RuleSetKind)values["ruleSet"]!, (string)values["when"]!, then, context.CancellationToken)).Errors.Select(RuleValidationError.From).ToList();
                return new RuleEditResult(null, errors);
            })
            .RequireRole(Roles.Ops);
    }

    private static void Add(ObjectGraphType mutation, string name, InputObjectGraphType input, Func<IResolveFieldContext, Dictionary<string, object?>, RuleDraftEditor, Task<RuleEditResult>> resolve)
    {
        var payload = new ObjectGraphType<RuleEditResult> { Name = $"{ConventionNames.Pascal(name)}Payload" };
        payload.Field<ScoringRuleType>("rule").Resolve(c => c.Source.Rule);
        payload.ErrorsField(name, p => p.Errors, EditErrors);
        mutation.Field(name, new NonNullGraphType(payload))
            .Arguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" })
            .ResolveAsync(async context => await resolve(context, context.GetArgument<Dictionary<string, object?>>("input"), context.RequestServices!.GetRequiredService<RuleDraftEditor>()))
            .RequireRole(Roles.Ops);
    }

    private static InputObjectGraphType Input(string name, Action<InputObjectGraphType> fields)
    {
        var input = new InputObjectGraphType { Name = name };
        fields(input);
        return input;
    }

    private static void Versioned(InputObjectGraphType input)
    {
        input.Field<NonNullGraphType<IntGraphType>>("id");
        input.Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the operator read; a newer one in the database refuses the write.");
    }

    private static IDictionary<string, object?>? Object(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? value as IDictionary<string, object?> : null;

    private static T? Value<T>(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? (T)value : default;
}
