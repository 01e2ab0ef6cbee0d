using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Scoring.Engine;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Leads.Intake;

public sealed class CustomFieldIntakeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static CustomFieldDefinition Definition(string name, CustomFieldType type) =>
        new() { Name = name, Type = type, Origin = CustomFieldOrigin.Import, CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) };

    private static Dictionary<string, object?> Lead(string externalId, params object[] customFields)
    {
        var lead = (Dictionary<string, object?>)IntakeRequests.Lead(externalId);
        lead["customFields"] = customFields;
        return lead;
    }

    [Fact]
    public async Task SubmitLead_TypedCustomFields_StoresTypedJsonByTheCatalogue()
    {
        await api.ArrangeAsync(Definition("TotalVisits", CustomFieldType.Number), Definition("Do Not Email", CustomFieldType.YesNo), Definition("Signed Up", CustomFieldType.Date));

        var payload = await api.SubmitAsync(Lead("cf-1",
            new { key = "TotalVisits", value = "7" }, new { key = "Do Not Email", flag = false }, new { key = "Signed Up", date = "2025-03-01T10:30:00Z" },
            new { key = "Lead Origin", value = "API" }, new { key = "Specialization" }));

        Assert.Empty(payload["errors"]!.AsArray());
        var stored = await api.DbAsync(db => db.Leads.Select(l => l.CustomFields).SingleAsync());
        Assert.Equal("""{"Do Not Email":false,"Lead Origin":"API","Signed Up":"2025-03-01T10:30:00","Specialization":null,"TotalVisits":7}""", stored);
    }

    [Fact]
    public async Task SubmitLead_NewCustomFieldKeys_JoinTheCatalogueWithTheTypeTheyWereSentWith()
    {
        await api.ArrangeAsync();

        await api.SubmitAsync(Lead("cf-2", new { key = "Score Card", number = 3.5 }, new { key = "Lead Origin", value = "API" }, new { key = "Opted In", flag = true }));

        var catalogue = await api.DbAsync(db => db.CustomFieldDefinitions.OrderBy(f => f.Name).Select(f => new { f.Name, f.Type, f.Origin }).ToListAsync());
        Assert.Equal(
            [("Lead Origin", CustomFieldType.Text), ("Opted In", CustomFieldType.YesNo), ("Score Card", CustomFieldType.Number)],
            catalogue.Select(f => (f.Name, f.Type)));
        Assert.All(catalogue, f => Assert.Equal(CustomFieldOrigin.Intake, f.Origin));
    }

    [Fact]
    public async Task SubmitLeads_ValueNotOfTheFieldsType_IsRefusedNamingTheField()
    {
        await api.ArrangeAsync(Definition("TotalVisits", CustomFieldType.Number), Definition("Lead Origin", CustomFieldType.Text));

        var payload = await api.SubmitManyAsync([
            Lead("ok-0", new { key = "TotalVisits", number = 2 }),
            Lead("bad-1", new { key = "TotalVisits", value = "many" }),
            Lead("bad-2", new { key = "Lead Origin", number = 5 }),
            Lead("bad-3", new { key = "TotalVisits", value = "1", number = 1 }),
        ]);

        Assert.Equal((1, 3), (payload["accepted"]!.GetValue<int>(), payload["refused"]!.GetValue<int>()));
        Assert.Equal(
            ["leads[1].customFields.TotalVisits", "leads[2].customFields.Lead Origin", "leads[3].customFields.TotalVisits"],
            payload["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()));
        var messages = payload["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.Equal("leads[1].customFields.TotalVisits \"many\" is not a number.", messages[0]);
        Assert.Equal("leads[2].customFields.Lead Origin is a text field; send it as value.", messages[1]);
        Assert.Contains("more than one value", messages[2]);
        Assert.Equal(["ok-0"], await api.DbAsync(db => db.Leads.Select(l => l.ExternalId).ToListAsync()));
    }

    [Fact]
    public async Task SubmitLeads_NewKeyWithTwoTypesInOneBatch_TheFirstTypeWins()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitManyAsync([Lead("a", new { key = "Budget", number = 10 }), Lead("b", new { key = "Budget", value = "lots" })]);

        Assert.Equal("leads[1].customFields.Budget", payload["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal(CustomFieldType.Number, await api.DbAsync(db => db.CustomFieldDefinitions.Select(f => f.Type).SingleAsync()));
    }

    /// <summary>The database was emptied, the engine was not: publish until the number is new to the engine.</summary>
    private async Task PublishAboveTheRunningVersionAsync()
    {
        var engine = api.Services.GetRequiredService<RuleEngine>();
        var running = engine.Current(Scoring.Rules.RuleSetKind.LeadScoring).Version;
        for (var number = 0; number <= running;)
        {
            var published = (await api.DataAsync(Rules.RuleOps.Publish, new { input = new { kind = "LEAD_SCORING", note = "custom field rule" } }))["publishRuleSet"]!;
            Assert.Empty(published["errors"]!.AsArray());
            number = (int)published["version"]!["number"]!;
        }
    }

    [Fact]
    public async Task SubmitLead_CustomFieldRule_ScoresTheSubmittedValue()
    {
        await api.ArrangeAsync(Definition("TotalVisits", CustomFieldType.Number));
        await api.Services.GetRequiredService<RuleEngineHost>().SeedDefaultsAsync();
        await Rules.RuleOps.CreateAsync(api, "Many visits", "Lead.Number(\"TotalVisits\") >= 5", points: 13);
        await PublishAboveTheRunningVersionAsync();

        var many = await api.SubmitAsync(Lead("many", new { key = "TotalVisits", number = 6 }));
        var missing = await api.SubmitAsync(Lead("missing", new { key = "TotalVisits" }));

        Assert.True(many["outcome"]!["explanation"]!.AsArray().Any(h => h!["rule"]!.GetValue<string>() == "Many visits" && h["points"]!.GetValue<int>() == 13), many.ToJsonString());
        Assert.DoesNotContain(missing["outcome"]!["explanation"]!.AsArray(), h => h!["rule"]!.GetValue<string>() == "Many visits");
    }
}
