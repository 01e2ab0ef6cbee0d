using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Leads;

public sealed class LeadQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static Lead Lead(string externalId, LeadSource source, params EngagementKind[] engagements) => new()
    {
        ExternalId = externalId,
        Source = source,
        CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Engagements = [.. engagements.Select((kind, i) => new Engagement { Kind = kind, OccurredAt = new DateTime(2025, 1, 2 + i, 0, 0, 0, DateTimeKind.Utc) })],
    };

    [Fact]
    public async Task Leads_WhereSourceIsWebForm_ReturnsWebFormLeads()
    {
        await api.ArrangeAsync(Lead("a", LeadSource.WebForm), Lead("b", LeadSource.ColdCall), Lead("c", LeadSource.WebForm));

        var data = await api.DataAsync("{ leads(where: { source: { eq: WEB_FORM } }, order: [{ externalId: DESC }]) { nodes { externalId source } } }");

        Assert.Equal("""[{"externalId":"c","source":"WEB_FORM"},{"externalId":"a","source":"WEB_FORM"}]""", data["leads"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Lead_ById_FiltersItsEngagementsByLongId()
    {
        await api.ArrangeAsync(Lead("a", LeadSource.Webinar, EngagementKind.WebVisit, EngagementKind.FormPost, EngagementKind.EmailOpen));

        var data = await api.DataAsync("{ lead(id: 1) { externalId engagements(where: { id: { gt: 1 } }, order: [{ occurredAt: DESC }]) { id kind } } }");

        Assert.Equal("""{"externalId":"a","engagements":[{"id":3,"kind":"EMAIL_OPEN"},{"id":2,"kind":"FORM_POST"}]}""", data["lead"]!.ToJsonString());
    }
}
