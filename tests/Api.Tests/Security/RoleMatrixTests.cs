using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Security.Support;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Security;

/// <summary>
/// Every role (and no key at all) against every mutation in the schema and a sample of queries. Refused means the
/// field is null with <c>AUTH_NOT_AUTHORIZED</c> (401 without a key); allowed means the request executed without
/// <c>AUTH_NOT_AUTHORIZED</c>, whatever the resolver then made of the made-up arguments.
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixFixture fixture) : IClassFixture<RoleMatrixFixture>
{
    public const string None = "none";

    private static readonly string[] Ops = [Roles.Ops, Roles.Admin];
    private static readonly string[] Marketing = [Roles.Marketing, Roles.Admin];
    private static readonly string[] Graph = [Roles.Reader, Roles.Ops, Roles.Admin];
    private static readonly string[] Personal = [Roles.Reader, Roles.Admin];

    /// <summary>Rule sets, drafts, versions, audit, simulation, backtest, calibration and trials: read by readers too; every rule mutation stays <see cref="Ops"/>.</summary>
    private static readonly string[] RuleReads = [Roles.Reader, Roles.Ops, Roles.Admin];

    /// <summary>Who may call each mutation. Every mutation in the schema must be listed; entries the schema lacks are ignored.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Mutations = new Dictionary<string, string[]>
    {
        ["rescoreLeads"] = Ops,
        ["reevaluateTenders"] = Ops,
        ["retagAccounts"] = Ops,
        ["submitLead"] = Marketing,
        ["submitLeads"] = Marketing,
        ["recordEngagement"] = Marketing,
        ["recordEngagements"] = Marketing,
        ["validateScoringRule"] = Ops,
        ["createScoringRule"] = Ops,
        ["updateScoringRule"] = Ops,
        ["disableScoringRule"] = Ops,
        ["deleteScoringRule"] = Ops,
        ["publishRuleSet"] = Ops,
        ["rollbackRuleSet"] = Ops,
        ["applySuggestedPoints"] = Ops,
        ["setSalesTarget"] = Ops,
    };

    /// <summary>Who may call each root query field (called with made-up arguments). Every root query must be listed; entries the schema lacks are ignored.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Queries = new Dictionary<string, string[]>
    {
        ["accounts"] = Graph,
        ["account"] = Graph,
        ["contacts"] = Graph,
        ["leads"] = [Roles.Reader, Roles.Marketing, Roles.Ops, Roles.Admin],
        ["lead"] = [Roles.Reader, Roles.Marketing, Roles.Ops, Roles.Admin],
        ["tenders"] = Graph,
        ["opportunities"] = Graph,
        ["funnel"] = Graph,
        ["pipeline"] = Graph,
        ["leadConversion"] = [Roles.Reader, Roles.Marketing, Roles.Ops, Roles.Admin],
        ["simulateRuleSet"] = RuleReads,
        ["backtestRuleSet"] = RuleReads,
        ["suggestPoints"] = RuleReads,
        ["suggestRules"] = RuleReads,
        ["scoringRules"] = RuleReads,
        ["ruleSet"] = RuleReads,
        ["ruleSetVersions"] = RuleReads,
        ["auditEntries"] = RuleReads,
        ["trialScoringRule"] = RuleReads,
        ["viewer"] = [Roles.Reader, Roles.Marketing, Roles.Ops, Roles.Admin],
    };

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { None, Roles.Reader, Roles.Marketing, Roles.Ops, Roles.Admin })
        {
            foreach (var sample in Sample.All)
            {
                data.Add(role, sample.Name);
            }
        }

        return data;
    }

    /// <summary>Lead-source scopes of the scope dimension (none given: all sources); the fixture has a WEB_FORM lead-1 and a WEBINAR lead-2.</summary>
    public static readonly IReadOnlyDictionary<string, LeadSource[]> Scopes = new Dictionary<string, LeadSource[]>
    {
        ["all"] = [],
        ["WEB_FORM"] = [LeadSource.WebForm],
        ["WEBINAR"] = [LeadSource.Webinar],
        ["WEB_FORM,WEBINAR"] = [LeadSource.WebForm, LeadSource.Webinar],
        ["EVENT"] = [LeadSource.Event],
    };

    public static TheoryData<string, string> RolesAndScopes()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles.Assignable)
        {
            foreach (var scope in Scopes.Keys)
            {
                data.Add(role, scope);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndScopes))]
    public async Task Leads_RoleAndScope_ReadsExactlyTheLeadsInScope(string role, string scope)
    {
        var client = fixture.ScopedClients[(role, scope)];
        var expected = Scopes[scope] is { Length: > 0 } sources
            ? new[] { ("lead-1", LeadSource.WebForm), ("lead-2", LeadSource.Webinar) }.Where(l => sources.Contains(l.Item2)).Select(l => l.Item1).ToList()
            : ["lead-1", "lead-2"];

        var json = JsonNode.Parse(await (await client.PostAsJsonAsync("/graphql", new { query = "{ leads(order: [{ externalId: ASC }]) { totalCount nodes { externalId } } }" })).Content.ReadAsStringAsync())!;

        Assert.Equal(expected, json["data"]!["leads"]!["nodes"]!.AsArray().Select(n => (string)n!["externalId"]!).ToList());
        Assert.Equal(expected.Count, (int)json["data"]!["leads"]!["totalCount"]!);
    }

    [Fact]
    public void MutationTable_EveryMutationInTheSchema_IsListed()
    {
        var missing = RootFields(fixture.Schema.Mutation).Select(f => f.Name).Where(name => !Mutations.ContainsKey(name));

        Assert.Empty(missing);
    }

    [Fact]
    public void QueryTable_EveryRootQueryInTheSchema_IsListed()
    {
        var missing = RootFields(fixture.Schema.Query).Select(f => f.Name).Where(name => !Queries.ContainsKey(name));

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Mutations_EveryRole_AllowedOrRefusedAsTheTableSays()
    {
        var mismatches = await CheckAsync("mutation", fixture.Schema.Mutation, Mutations);

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task RootQueries_EveryRole_AllowedOrRefusedAsTheTableSays()
    {
        var mismatches = await CheckAsync("query", fixture.Schema.Query, Queries);

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task SampleQuery_Role_AllowedOrRefusedWithTheRightAnswer(string role, string sampleName)
    {
        var sample = Sample.All.Single(s => s.Name == sampleName);

        var response = await fixture.Clients[role].PostAsJsonAsync("/graphql", new { query = sample.Query });
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body)!;

        if (role == None)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(ErrorCodes.NotAuthenticated, Codes(json).Single());
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var value = sample.Select(json["data"]);
        if (sample.AllowedRoles.Contains(role))
        {
            Assert.DoesNotContain(ErrorCodes.NotAuthorized, Codes(json));
            Assert.Equal(sample.Expected, value);
        }
        else
        {
            Assert.Null(value);
            Assert.Contains(json["errors"]!.AsArray(), e =>
                (string?)e!["extensions"]?["code"] == ErrorCodes.NotAuthorized
                && e["path"]!.AsArray() is var path
                && (path.Count == 1 || path.Last()!.ToString() == sample.RefusedField)); // refused at the root, or at the guarded field
        }
    }

    private async Task<List<string>> CheckAsync(string operation, IObjectGraphType? root, IReadOnlyDictionary<string, string[]> table)
    {
        var mismatches = new List<string>();
        foreach (var field in RootFields(root).Where(f => table.ContainsKey(f.Name)))
        {
            var document = MinimalInvocation.Document(operation, field);
            foreach (var (role, client) in fixture.Clients)
            {
                var response = await client.PostAsJsonAsync("/graphql", new { query = document });
                var body = await response.Content.ReadAsStringAsync();
                var problem = Judge(role, table[field.Name], field.Name, (int)response.StatusCode, JsonNode.Parse(body)!);
                if (problem is not null)
                {
                    mismatches.Add($"{field.Name} as {role}: {problem} ({document} -> {MinimalInvocation.Describe((int)response.StatusCode, body)})");
                }
            }
        }

        return mismatches;
    }

    private static string? Judge(string role, string[] allowed, string field, int status, JsonNode json)
    {
        var codes = Codes(json);
        if (role == None)
        {
            return status == 401 && codes.Contains(ErrorCodes.NotAuthenticated) ? null : "expected 401";
        }

        if (status is 401 or 403)
        {
            return $"expected an executed request, got {status}";
        }

        if (json is not JsonObject o || !o.ContainsKey("data"))
        {
            return "the request did not execute (validation failed), so the check proves nothing";
        }

        var refused = codes.Contains(ErrorCodes.NotAuthorized);
        if (allowed.Contains(role))
        {
            return refused ? "expected allowed, got AUTH_NOT_AUTHORIZED" : null;
        }

        return refused && json["data"]?[field] is null ? null : "expected refused (null and AUTH_NOT_AUTHORIZED)";
    }

    private static List<string?> Codes(JsonNode json) =>
        json["errors"] is JsonArray errors ? [.. errors.Select(e => (string?)e!["extensions"]?["code"])] : [];

    private static IEnumerable<FieldType> RootFields(IObjectGraphType? root) =>
        root?.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)) ?? [];

    private sealed record Sample(string Name, string Query, string[] AllowedRoles, string RefusedField, string Expected, Func<JsonNode?, string?> Select)
    {
        public static readonly Sample[] All =
        [
            new("accounts", "{ accounts { nodes { name } } }", Graph, "accounts", "Acme", d => (string?)d?["accounts"]?["nodes"]?[0]?["name"]),
            new("contacts", "{ contacts { nodes { fullName } } }", Graph, "contacts", "Ann Smith", d => (string?)d?["contacts"]?["nodes"]?[0]?["fullName"]),
            new("contactEmail", "{ contacts { nodes { email } } }", Personal, "email", RoleMatrixFixture.ContactEmail, d => (string?)d?["contacts"]?["nodes"]?[0]?["email"]),
            new("contactPhone", "{ contacts { nodes { phone } } }", Personal, "phone", RoleMatrixFixture.ContactPhone, d => (string?)d?["contacts"]?["nodes"]?[0]?["phone"]),
            new("leads", "{ leads { nodes { externalId } } }", [Roles.Reader, Roles.Marketing, Roles.Ops, Roles.Admin], "leads", "lead-1", d => (string?)d?["leads"]?["nodes"]?[0]?["externalId"]),
            new("tenders", "{ tenders { nodes { title } } }", Graph, "tenders", "Bridge", d => (string?)d?["tenders"]?["nodes"]?[0]?["title"]),
            new("ruleSet", "{ ruleSet(kind: LEAD_SCORING) { kind draft { rules { name } } } }", RuleReads, "ruleSet", "LEAD_SCORING", d => (string?)d?["ruleSet"]?["kind"]),
            new("auditEntries", "{ auditEntries { totalCount } }", RuleReads, "auditEntries", "counted", d => d?["auditEntries"]?["totalCount"] is not null ? "counted" : null),
        ];
    }
}
