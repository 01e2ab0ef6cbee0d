using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using SalesGraph.Api.GraphQL;

namespace SalesGraph.Api.Security.Schema;

/// <summary>
/// Serializes errors without leaking internals unless <see cref="GraphQLOptions.ExposeExceptionDetails"/> is on: an
/// unhandled exception becomes "An internal error occurred." with <c>INTERNAL_ERROR</c>, and an error that wraps an
/// exception carries the correlation id it was logged under instead of <c>details</c>. Deliberate errors
/// (validation, <c>ExecutionError</c> with a code) keep their message and code.
/// </summary>
public sealed class ShieldingErrorInfoProvider(IOptions<GraphQLOptions> options)
    : ErrorInfoProvider(new ErrorInfoProviderOptions
    {
        ExposeExceptionDetails = options.Value.ExposeExceptionDetails,
        ExposeCodes = false,
        ExposeData = options.Value.ExposeExceptionDetails,
    })
{
    public const string CorrelationIdKey = "SalesGraph.CorrelationId";

    private readonly bool _expose = options.Value.ExposeExceptionDetails;

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (_expose)
        {
            return info;
        }

        var correlationId = executionError.Data[CorrelationIdKey] as string ?? executionError.InnerException?.Data[CorrelationIdKey] as string;
        if (executionError is UnhandledError)
        {
            var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Internal };
            if (correlationId is not null)
            {
                extensions["correlationId"] = correlationId;
            }

            return new ErrorInfo { Message = "An internal error occurred.", Extensions = extensions };
        }

        if (correlationId is not null)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["correlationId"] = correlationId;
        }

        return info;
    }
}
