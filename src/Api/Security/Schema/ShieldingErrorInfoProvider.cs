using GraphQL;
using GraphQL.Execution;

namespace SalesGraph.Api.Security.Schema;

/// <summary>
/// Serializes errors without leaking internals: an unhandled exception in a resolver becomes "An internal error
/// occurred." with <c>INTERNAL_ERROR</c> and the correlation id that <see cref="SecurityExecutionConfiguration"/>
/// logged it under. Deliberate errors (validation, <c>ExecutionError</c> with a code) pass unchanged.
/// </summary>
public sealed class ShieldingErrorInfoProvider(IHostEnvironment environment)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = environment.IsDevelopment(), ExposeCodes = false })
{
    public const string CorrelationIdKey = "SalesGraph.CorrelationId";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is not UnhandledError || environment.IsDevelopment())
        {
            return info;
        }

        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Internal };
        if (executionError.InnerException?.Data[CorrelationIdKey] is string correlationId)
        {
            extensions["correlationId"] = correlationId;
        }

        return new ErrorInfo { Message = "An internal error occurred.", Extensions = extensions };
    }
}
