using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SalesGraph.Api.Security.Http;

/// <summary>A fixed window per key or token subject (per IP address before authentication): 429 with Retry-After.</summary>
public static class PerPrincipalRateLimiter
{
    public static void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RateLimit;
            return RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitsPerWindow,
                Window = limits.Window,
                QueueLimit = 0,
            });
        });
        options.OnRejected = (rejected, cancellationToken) =>
        {
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                rejected.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            return new ValueTask(GraphQLErrorResponse.WriteAsync(
                rejected.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                "Too many requests for this key; retry after the time in the Retry-After header."));
        };
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirst(SecuritySchemes.SubjectClaim)?.Value is { } subject
            ? $"principal:{subject}"
            : $"ip:{context.Connection.RemoteIpAddress}";
}
