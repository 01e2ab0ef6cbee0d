using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Security.Support;

/// <summary>A real SQLite file in its own temp folder, with the key store over it.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    public TempDatabase()
    {
        Directory.CreateDirectory(Folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = ConnectionString })
            .Build();
        Services = new ServiceCollection()
            .AddLogging()
            .AddSalesData(configuration, Folder)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<ApiKeyStore>()
            .BuildServiceProvider();
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "salesgraph-security-" + Guid.NewGuid().ToString("N"));

    public string ConnectionString => $"Data Source={Path.Combine(Folder, "sales.db")};Pooling=False";

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; }

    public ApiKeyStore Store => Services.GetRequiredService<ApiKeyStore>();

    public async Task<TempDatabase> InitializeAsync()
    {
        await Services.InitializeSalesDatabaseAsync();
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    public static Task<TempDatabase> CreateAsync() => new TempDatabase().InitializeAsync();
}
