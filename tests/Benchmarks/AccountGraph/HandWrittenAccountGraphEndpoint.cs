using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;

namespace SalesGraph.Benchmarks.AccountGraph;

/// <summary>
/// The account-graph page written by hand: the same API-key authentication, the equivalent EF Core query, serialised to
/// the same JSON the GraphQL endpoint returns.
/// </summary>
public sealed class HandWrittenAccountGraphEndpoint : IStartupFilter
{
    public const string Path = "/bench/account-graph";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path != Path)
            {
                await nextMiddleware(context);
                return;
            }

            if (!(await context.AuthenticateAsync()).Succeeded)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            var db = context.RequestServices.GetRequiredService<SalesDbContext>();
            var nodes = await db.Accounts.AsNoTracking()
                .OrderBy(a => a.Name).ThenBy(a => a.Id)
                .Take(50)
                .Select(a => new
                {
                    a.Name,
                    Contacts = a.Contacts.OrderBy(c => c.FullName).ThenBy(c => c.Id).Select(c => new { c.FullName, c.Role }).ToList(),
                    Opportunities = a.Opportunities.OrderBy(o => o.Id).Select(o => new { o.Name, o.Stage, o.Amount }).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(context.RequestAborted);
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, new { data = new { accounts = new { nodes } } }, Json, context.RequestAborted);
        });
        next(app);
    };
}
