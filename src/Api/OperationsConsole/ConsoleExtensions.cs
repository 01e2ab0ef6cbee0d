using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using SalesGraph.Api.Security;

namespace SalesGraph.Api.OperationsConsole;

public static class ConsoleExtensions
{
    /// <summary>Brotli and gzip for the console's and GraphiQL's files (GraphQL responses are not compressed here).</summary>
    public static IServiceCollection AddSalesGraphConsole(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// The console at <c>/console</c> and GraphiQL at the GraphQL path for a browser (GET, Accept: text/html, no query),
    /// both static files from wwwroot with a Content-Security-Policy. Call before the security guards: the pages
    /// need no key (every data call they make does).
    /// </summary>
    public static WebApplication UseSalesGraphConsole(this WebApplication app)
    {
        var graphQLPath = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.GraphQLPath;
        app.UseWhen(context => ConsolePages.IsConsoleAsset(context.Request.Path) || ConsolePages.IsGraphiQLRequest(context.Request, graphQLPath), branch =>
        {
            branch.UseResponseCompression();
            branch.Use((context, next) =>
            {
                var isGraphiQL = context.Request.Path.StartsWithSegments(ConsolePages.GraphiQLAssets) || ConsolePages.IsGraphiQLRequest(context.Request, graphQLPath);
                ConsolePages.AddSecurityHeaders(context.Response, isGraphiQL ? ConsolePages.GraphiQLPolicy : ConsolePages.ConsolePolicy);
                if (context.Request.Path.Equals(ConsolePages.ConsolePath))
                {
                    context.Response.Redirect(ConsolePages.ConsolePath + "/");
                    return Task.CompletedTask;
                }

                if (ConsolePages.IsGraphiQLRequest(context.Request, graphQLPath))
                {
                    context.Response.Headers.Vary = "Accept";
                    context.Request.Path = "/" + ConsolePages.GraphiQLPage;
                    context.SetEndpoint(null); // routing matched the GraphQL endpoint; static files serve only when none is set
                }

                return next(context);
            });
            branch.UseDefaultFiles();
            branch.UseStaticFiles();
        });
        return app;
    }
}
