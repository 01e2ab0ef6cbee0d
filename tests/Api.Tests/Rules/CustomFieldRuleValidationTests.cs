using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Rules;

public sealed class CustomFieldRuleValidationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Validate = """
        mutation($input: ValidateScoringRuleInput!) {
          validateScoringRule(input: $input) { valid errors { __typename ... on Error { message } ... on RuleValidationError { part position } } }
        }
        """;

    private Task ArrangeCatalogueAsync() => api.ArrangeAsync(
        new CustomFieldDefinition { Name = "TotalVisits", Type = CustomFieldType.Number, Origin = CustomFieldOrigin.Import },
        new CustomFieldDefinition { Name = "Lead Origin", Type = CustomFieldType.Text, Origin = CustomFieldOrigin.Import },
        new CustomFieldDefinition { Name = "Do Not Email", Type = CustomFieldType.YesNo, Origin = CustomFieldOrigin.Intake });

    private static object Input(string when) => new { input = new { ruleSet = "LEAD_SCORING", when, then = new { addPoints = new { dimension = "FIT", points = 5 } } } };

    [Fact]
    public async Task ValidateScoringRule_KnownCustomFields_IsValid()
    {
        await ArrangeCatalogueAsync();

        var payload = (await api.DataAsync(Validate, Input("Lead.Number(\"TotalVisits\") >= 5 && Lead.Field(\"Lead Origin\") == \"Lead Add Form\" && !Lead.Flag(\"Do Not Email\")")))["validateScoringRule"]!;

        Assert.True((bool)payload["valid"]!, payload.ToJsonString());
    }

    [Fact]
    public async Task ValidateScoringRule_UnknownCustomField_IsRefusedListingTheKnownFields()
    {
        await ArrangeCatalogueAsync();

        var payload = (await api.DataAsync(Validate, Input("Lead.IsMissing(\"Specialization\")")))["validateScoringRule"]!;

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("when", 16), ((string)error["part"]!, (int)error["position"]!));
        Assert.Equal("unknown custom field 'Specialization' at 16; known fields: 'Do Not Email', 'Lead Origin', 'TotalVisits'", (string)error["message"]!);
    }

    [Fact]
    public async Task CreateScoringRule_UnknownCustomField_IsRefusedAndSavesNothing()
    {
        await ArrangeCatalogueAsync();

        var payload = (await api.DataAsync(RuleOps.Create, RuleOps.ScoringRule("Visits typo", "Lead.Number(\"Total Visits\") >= 5")))["createScoringRule"]!;

        Assert.Contains("did you mean 'TotalVisits'?", (string)payload["errors"]![0]!["message"]!);
        Assert.False(await DbAsync(db => db.ScoringRules.AnyAsync(r => r.Name == "Visits typo")));
    }

    [Fact]
    public async Task UpdateScoringRule_CustomFieldOfTheWrongType_IsRefused()
    {
        await ArrangeCatalogueAsync();
        var rule = await RuleOps.CreateAsync(api, "Visits", "Lead.Number(\"TotalVisits\") >= 5");

        var payload = (await api.DataAsync(RuleOps.Update, new { input = new { id = (int)rule["id"]!, expectedVersion = 1, when = "Lead.Number(\"Lead Origin\") >= 5" } }))["updateScoringRule"]!;

        Assert.Contains("'Lead Origin' is a text field", (string)payload["errors"]![0]!["message"]!);
        Assert.Equal("Lead.Number(\"TotalVisits\") >= 5", await DbAsync(db => db.ScoringRules.Where(r => r.Name == "Visits").Select(r => r.When).SingleAsync()));
    }

    private async Task<T> DbAsync<T>(Func<SalesDbContext, Task<T>> read)
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
