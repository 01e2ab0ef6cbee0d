using System.Data.Common;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Providers;

namespace SalesGraph.Api.Tests.Leads;

public sealed class RescoreConcurrencyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Rescore_LeadWrittenConcurrentlyOnce_RetriesTheBatchAndWritesIt()
    {
        var (writer, rescoring) = await ArrangeAsync(interferences: 1);

        var run = await rescoring.RescoreAsync(null, default);

        Assert.Equal(1, writer.Interfered);
        Assert.Equal((3, 0), (run.Evaluated, run.Skipped));
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        Assert.All(await db.Leads.ToListAsync(), l => Assert.Equal((1, true), (l.RowVersion, l.ScoredAt is not null)));
        Assert.Equal(3, await db.ScoreResults.CountAsync());
        Assert.NotNull((await db.Teams.SingleAsync()).LastAssignedRepId);
    }

    [Fact]
    public async Task Rescore_LeadWrittenConcurrentlyOnEveryAttempt_SkipsTheBatchAndWritesNothing()
    {
        var (writer, rescoring) = await ArrangeAsync(interferences: int.MaxValue);

        var run = await rescoring.RescoreAsync(null, default);

        Assert.Equal(3, writer.Interfered);
        Assert.Equal((0, 0, 3), (run.Evaluated, run.Changed, run.Skipped));
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        Assert.All(await db.Leads.ToListAsync(), l => Assert.Equal((0, null), (l.RowVersion, l.ScoredAt)));
        Assert.Equal(0, await db.ScoreResults.CountAsync());
        var team = await db.Teams.Include(t => t.Reps).SingleAsync();
        Assert.Equal((null, 0), (team.LastAssignedRepId, team.Reps.Sum(r => r.OpenLeads)));
    }

    private async Task<(ConcurrentLeadWriter Writer, LeadRescoring Rescoring)> ArrangeAsync(int interferences)
    {
        await api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0), (10, 0)), ScoringTestData.Lead("a"), ScoringTestData.Lead("b"), ScoringTestData.Lead("c"));
        var writer = new ConcurrentLeadWriter(interferences);
        var factory = api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteSalesDbContext>(options => options.AddInterceptors(writer))));
        return (writer, factory.Services.GetRequiredService<LeadRescoring>());
    }

    /// <summary>Plays another writer that changes the batch's leads after the batch read them: when the batch's transaction reads the
    /// teams to route them, it bumps their RowVersion in that transaction (a second connection would wait for SQLite's write lock).</summary>
    private sealed class ConcurrentLeadWriter(int interferences) : DbCommandInterceptor
    {
        public int Interfered { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.Transaction is not null && command.CommandText.Contains("FROM \"Teams\"", StringComparison.Ordinal) && Interfered < interferences)
            {
                Interfered++;
                await using var bump = command.Connection!.CreateCommand();
                bump.Transaction = command.Transaction;
                bump.CommandText = "UPDATE Leads SET RowVersion = RowVersion + 1";
                await bump.ExecuteNonQueryAsync(cancellationToken);
            }
            return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
