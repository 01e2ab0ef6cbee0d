using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Leads.Intake;

/// <summary>The intake mutations as tests send them, and a look at what the database holds.</summary>
public static class IntakeRequests
{
    public const string SubmitLead = """
        mutation($input: SubmitLeadInput!) {
          submitLead(input: $input) {
            lead { id externalId email domain country company firstName phone account { id name } contact { id fullName } }
            replayed updated
            match { method account { id } contact { id } }
            outcome { score fit engagement grade stage route explanation { rule points applied reason effect } }
            errors { __typename ... on Error { message } ... on IntakeFieldError { path code index } }
          }
        }
        """;

    public const string SubmitLeads = """
        mutation($input: SubmitLeadsInput!) {
          submitLeads(input: $input) {
            accepted refused
            results { index accepted replayed updated lead { id externalId } errors { path code } }
            errors { __typename ... on Error { message } ... on IntakeFieldError { path code index } ... on BatchTooLargeError { received maxBatchSize } }
          }
        }
        """;

    public static object Lead(string externalId, string? email = null, string source = "WEB_FORM") =>
        new Dictionary<string, object?> { ["source"] = source, ["externalId"] = externalId, ["email"] = email ?? $"{externalId}@example.com" };

    public static async Task<JsonNode> SubmitAsync(this ApiFactory api, object input) =>
        (await api.DataAsync(SubmitLead, new { input }))["submitLead"]!;

    public static async Task<JsonNode> SubmitManyAsync(this ApiFactory api, IEnumerable<object> leads) =>
        (await api.DataAsync(SubmitLeads, new { input = new { leads } }))["submitLeads"]!;

    public static async Task<T> DbAsync<T>(this ApiFactory api, Func<SalesDbContext, Task<T>> read)
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    public static Task<int> CountAsync(this ApiFactory api) =>
        api.DbAsync(db => db.Leads.CountAsync());
}
