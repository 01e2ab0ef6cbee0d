using SalesGraph.Data.Seed;

namespace SalesGraph.Data.Tests;

/// <summary>One demo-loaded database shared by the read-only demo tests (loading takes a few seconds).</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    public SqliteTestDatabase Database { get; } = new();

    public bool Loaded { get; private set; }

    public async Task InitializeAsync()
    {
        await using var db = Database.CreateContext();
        Loaded = await DemoData.LoadIfEmptyAsync(db);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}
