using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Simulation;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Engine;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>The outcome leads streamed by one query come in id order, in batches of the engine's batch size, with the same columns as the
/// simulation's keyset pages, and only those with a known outcome that where selects.</summary>
public sealed class OutcomeLeadReaderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ReadAsync_ManyBatches_ReadsWhatTheKeysetPagesReadInIdOrder()
    {
        var size = api.Services.GetRequiredService<RuleEngine>().Options.BatchSize;
        var count = size * 2 + size / 2;
        await api.ArrangeAsync([.. Enumerable.Range(0, count).Select(i =>
        {
            var lead = ScoringTestData.Lead($"reader-{i}", employees: i % 7 == 0 ? null : i, country: i % 3 == 0 ? "NL" : "US", formPosts: i % 50 == 0 ? 1 : 0);
            lead.Converted = i % 10 == 0 ? null : i % 4 == 0;
            lead.CustomFields = i % 5 == 0 ? null : $$"""{"Visits": {{i % 9}}, "Origin": "Form {{i % 3}}"}""";
            lead.AnnualRevenue = i % 2 == 0 ? null : i * 1000.5m;
            lead.CreatedAt = ScoringTestData.Created.AddMinutes(i);
            return (object)lead;
        })]);
        var reader = api.Services.GetRequiredService<OutcomeLeadReader>();

        foreach (System.Linq.Expressions.Expression<Func<Lead, bool>>? where in new System.Linq.Expressions.Expression<Func<Lead, bool>>?[] { null, l => l.Country == "NL" })
        {
            var batches = new List<(List<Lead> Rows, int Facts)>();
            await foreach (var (rows, facts) in reader.ReadAsync(where, DateTime.UtcNow, CancellationToken.None))
                batches.Add((rows, facts.Leads.Count));

            await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
            var leads = db.Leads.AsNoTracking().Where(l => l.Converted != null);
            if (where is not null)
                leads = leads.Where(where);
            var expected = new List<Lead>();
            await foreach (var page in api.Services.GetRequiredService<RuleSetSimulator>().BatchesAsync(leads, CancellationToken.None))
                expected.AddRange(page);

            var read = batches.SelectMany(b => b.Rows).ToList();
            Assert.Equal(where is null ? count - count / 10 : expected.Count, read.Count);
            Assert.All(batches, b => Assert.Equal(b.Rows.Count, b.Facts));
            Assert.All(batches.SkipLast(1), b => Assert.Equal(size, b.Rows.Count));
            Assert.Equal(expected.Select(Columns), read.Select(Columns));
            Assert.Equal(read.Select(l => l.Id).Order(), read.Select(l => l.Id));
        }
    }

    [Fact]
    public async Task ReadAsync_CallerStopsAfterTheFirstBatch_EndsWithoutReadingTheRest()
    {
        var size = api.Services.GetRequiredService<RuleEngine>().Options.BatchSize;
        await api.ArrangeAsync([.. Enumerable.Range(0, size * 3).Select(i =>
        {
            var lead = ScoringTestData.Lead($"stop-{i}");
            lead.Converted = i % 2 == 0;
            return (object)lead;
        })]);

        var batches = 0;
        await foreach (var _ in api.Services.GetRequiredService<OutcomeLeadReader>().ReadAsync(null, DateTime.UtcNow, CancellationToken.None))
        {
            batches++;
            break;
        }

        Assert.Equal(1, batches);
    }

    private static string Columns(Lead l) => string.Join("|", l.Id, l.ExternalId, l.AccountId, l.ContactId, l.Source, l.Email, l.EmailDomain, l.IsFreeMailDomain, l.Domain,
        l.Company, l.JobTitle, l.Country, l.Industry, l.Employees, l.AnnualRevenue, l.Phone, l.ConsentEmail, l.Campaign, l.UtmSource, l.UtmMedium, l.CustomFields,
        l.Converted, l.CreatedAt.ToString("O"), l.CreatedAt.Kind);
}
