using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace SalesGraph.Api.Security.Http;

/// <summary>
/// Caps the body: a declared length over the limit gets 413 at once; a chunked body is cut off by the server
/// (Kestrel's <see cref="IHttpMaxRequestBodySizeFeature"/>) while it is read.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var max = options.Value.Limits.MaxRequestBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }

        return context.Request.ContentLength > max
            ? GraphQLErrorResponse.WriteAsync(
                context, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
                $"The request body is larger than {max} bytes.")
            : next(context);
    }
}
