using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SalesGraph.Data;

namespace SalesGraph.Api.Security.ApiKeys;

/// <summary>
/// On start: with no API key in the database and no JWT settings, create an admin key, print it once and keep it
/// in a file only the owner can read; in Production refuse to start instead.
/// </summary>
public sealed class FirstStartAdminKey(
    ApiKeyStore store,
    IOptions<SecurityOptions> security,
    IOptions<JwtOptions> jwt,
    IOptions<DatabaseOptions> database,
    IHostEnvironment environment,
    ILogger<FirstStartAdminKey> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (jwt.Value.IsConfigured || await store.AnyAsync(cancellationToken))
        {
            return;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "SalesGraph refuses to start in Production without credentials: there is no API key in the database "
                + "and no JWT settings. Set Authentication__Jwt__Authority and Authentication__Jwt__Audience "
                + "(or Authentication__Jwt__SigningKey), or create a key first with "
                + "`dotnet run --project src/Api -- keys create --role admin --name \"<who>\"`.");
        }

        if (!security.Value.CreateAdminKeyOnFirstStart)
        {
            logger.LogWarning("No API key and no JWT settings: every request to the API will get 401.");
            return;
        }

        var created = await store.CreateAsync("first-start admin", Roles.Admin, null, cancellationToken: cancellationToken);
        var path = KeyFilePath();
        await WriteOwnerOnlyAsync(path, created.PlainText + Environment.NewLine, cancellationToken);
        logger.LogWarning(
            "First start: created admin API key {KeyId}; the key is in {KeyFile} (readable by its owner only).",
            created.Key.Id, path);
        Console.WriteLine($"First start: admin API key (shown once, also saved to {path}):");
        Console.WriteLine(created.PlainText);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Beside the SQLite database file, else under the content root's App_Data.</summary>
    public string KeyFilePath()
    {
        if (security.Value.AdminKeyFile is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(
                database.Value.ConnectionString ?? "Data Source=salesgraph.db").DataSource;
            if (dataSource.Length > 0 && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal))
            {
                folder = Path.GetDirectoryName(Path.GetFullPath(dataSource)) ?? folder;
            }
        }

        return Path.Combine(folder, "admin-key.txt");
    }

    private static async Task WriteOwnerOnlyAsync(string path, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(path, options))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode only applies to a new file; an older file keeps its mode unless set again.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
