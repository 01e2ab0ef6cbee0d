using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using SalesGraph.Api.Security.Http;

namespace SalesGraph.Api.Security.Schema;

/// <summary>Per execution: the timeout, the introspection switch, and logging unhandled exceptions under a correlation id.</summary>
public sealed class SecurityExecutionConfiguration(
    IOptions<SecurityOptions> options,
    IHostEnvironment environment,
    ILogger<SecurityExecutionConfiguration> logger) : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        var limits = options.Value.Limits;
        executionOptions.Timeout = limits.ExecutionTimeout;
        executionOptions.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        if (!(limits.IntrospectionEnabled ?? environment.IsDevelopment()))
        {
            executionOptions.ValidationRules =
                (executionOptions.ValidationRules ?? DocumentValidator.CoreRules).Append(NoIntrospectionValidationRule.Instance);
        }

        var inner = executionOptions.UnhandledExceptionDelegate;
        executionOptions.UnhandledExceptionDelegate = async context =>
        {
            var correlationId = CorrelationId.For(null);
            context.Exception.Data[ShieldingErrorInfoProvider.CorrelationIdKey] = correlationId;
            logger.LogError(
                context.Exception, "Unhandled exception in {Field}, correlation id {CorrelationId}",
                context.FieldContext?.FieldDefinition.Name ?? "(execution)", correlationId);
            await inner(context);
        };
        return next(executionOptions);
    }
}
