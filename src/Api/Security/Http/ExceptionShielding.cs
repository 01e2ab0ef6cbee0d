using Microsoft.AspNetCore.Diagnostics;

namespace SalesGraph.Api.Security.Http;

/// <summary>
/// The last catch of the HTTP pipeline: the client gets a generic GraphQL error with a correlation id, never a
/// stack trace, SQL or path; the log gets the exception under the same id.
/// </summary>
public static class ExceptionShielding
{
    public static async Task HandleAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var correlationId = CorrelationId.For(context);
        if (exception is BadHttpRequestException bad)
        {
            var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await GraphQLErrorResponse.WriteAsync(
                context, bad.StatusCode, tooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest,
                tooLarge ? "The request body is too large." : "The request could not be read.", correlationId);
            return;
        }

        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExceptionShielding))
            .LogError(exception, "Unhandled exception, correlation id {CorrelationId}", correlationId);
        await GraphQLErrorResponse.WriteAsync(
            context, StatusCodes.Status500InternalServerError, ErrorCodes.Internal,
            "An internal error occurred.", correlationId);
    }
}
