using System.Text.Json;
using SalesGraph.Data;

namespace SalesGraph.Api.GraphQL.TrustedDocuments;

/// <summary><c>documents add &lt;manifest.json&gt;</c>: registers a manifest's documents (each checked against its sha256 id).</summary>
public static class DocumentCommands
{
    private const string Usage = "usage: documents add <manifest.json>";

    /// <summary>Runs a documents command and sets the process exit code; false when <paramref name="args"/> is not one.</summary>
    public static async Task<bool> TryRunAsync(string[] args, IServiceProvider services)
    {
        var exitCode = await RunAsync(args, services, Console.Out, Console.Error);
        if (exitCode is null)
            return false;
        Environment.ExitCode = exitCode.Value;
        return true;
    }

    /// <summary>The exit code of the documents command, or null when <paramref name="args"/> is not one.</summary>
    public static async Task<int?> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (args.Length == 0 || args[0] != "documents")
            return null;
        if (args.Length != 3 || args[1] != "add")
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        IReadOnlyList<ManifestEntry> entries;
        try
        {
            entries = ManifestEntry.Read(await File.ReadAllTextAsync(args[2], ct));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot read the manifest {args[2]}: {e.Message}");
            return 1;
        }

        await services.InitializeSalesDatabaseAsync(cancellationToken: ct);
        var (added, known, refused) = await services.GetRequiredService<TrustedDocumentStore>().AddAsync(entries, ct);
        foreach (var (id, reason) in refused)
            await error.WriteLineAsync($"Refused {id}: {reason}.");
        await output.WriteLineAsync($"{added} documents added, {known} already registered, {refused.Count} refused.");
        return refused.Count == 0 ? 0 : 1;
    }
}
