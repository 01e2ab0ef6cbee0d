using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Api.Leads.Intake;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using Spectre.Console;

namespace SalesGraph.Api.Import;

/// <summary>
/// <c>import leads &lt;file.csv&gt; --mapping &lt;mapping.json&gt;</c> and <c>import tenders &lt;file.jsonl&gt;</c>: files through the
/// same pipeline as the intake mutations, with a progress bar and a summary of accepted, updated and refused rows.
/// </summary>
public static class ImportCommands
{
    private const string Usage =
        "usage: import leads <file.csv> --mapping <mapping.json>\n"
        + "       import tenders <file.jsonl>";

    private const int ReasonsShown = 20;

    /// <summary>Runs an import command and sets the process exit code; false when <paramref name="args"/> is not one.</summary>
    public static async Task<bool> TryRunAsync(string[] args, IServiceProvider services)
    {
        var exitCode = await RunAsync(args, services, Console.Out, Console.Error);
        if (exitCode is null)
        {
            return false;
        }

        Environment.ExitCode = exitCode.Value;
        return true;
    }

    /// <summary>The exit code (0 done, 1 rows refused or a batch failed, 2 usage), or null when <paramref name="args"/> is not an import command.</summary>
    public static async Task<int?> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] != "import")
        {
            return null;
        }

        // Configuration overrides (--Database:ConnectionString=...) are the host's, not the command's.
        args = [.. args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)))];
        var kind = args.ElementAtOrDefault(1);
        var file = args.ElementAtOrDefault(2);
        var mappingFile = args.Length == 5 && args[3] == "--mapping" ? args[4] : null;
        if (file is null || (kind, args.Length) is not (("leads", 5) or ("tenders", 3)) || (kind == "leads" && mappingFile is null))
        {
            return Fail(error, Usage);
        }

        if (!File.Exists(file))
        {
            return Fail(error, $"No file {file}.");
        }

        var demoDataLoaded = await services.InitializeSalesDatabaseAsync(cancellationToken: cancellationToken);
        await services.InitializeRulesAsync(demoDataLoaded, cancellationToken);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        ImportSummary summary;
        if (kind == "leads")
        {
            if (!File.Exists(mappingFile))
            {
                return Fail(error, $"No mapping file {mappingFile}.");
            }

            var (mapping, mappingError) = LeadImportMapping.Read(await File.ReadAllTextAsync(mappingFile, cancellationToken));
            if (mapping is null)
            {
                return Fail(error, mappingError!);
            }

            if (await MappedCustomFields.RegisterAsync(services.GetRequiredService<IDbContextFactory<SalesDbContext>>(), mapping, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, cancellationToken) is { } conflict)
            {
                return Fail(error, conflict);
            }

            mapping.BatchSize = Math.Clamp(mapping.BatchSize, 1, services.GetRequiredService<IOptions<IntakeOptions>>().Value.MaxBatchSize);
            var total = File.ReadLines(file).Count() - 1;
            var importer = new LeadCsvImporter(services.GetRequiredService<LeadIntake>());
            summary = await WithProgressAsync(console, "Importing leads", total, async progress =>
            {
                using var reader = new StreamReader(file);
                return await importer.ImportAsync(reader, mapping, progress, cancellationToken);
            });
        }
        else
        {
            var total = File.ReadLines(file).Count();
            var importer = ActivatorUtilities.CreateInstance<TenderJsonlImporter>(services);
            summary = await WithProgressAsync(console, "Importing tenders", total, async progress =>
            {
                using var reader = new StreamReader(file);
                return await importer.ImportAsync(reader, progress, cancellationToken);
            });
        }

        Write(console, summary);
        return summary.Failure is not null || summary.Refused.Count > 0 ? 1 : 0;
    }

    private static async Task<ImportSummary> WithProgressAsync(IAnsiConsole console, string title, int total, Func<Action<int>, Task<ImportSummary>> run) =>
        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask(title, maxValue: Math.Max(1, total));
            return await run(done => task.Value = done);
        });

    private static void Write(IAnsiConsole console, ImportSummary summary)
    {
        var table = new Table().AddColumns("Rows", "Count");
        table.AddRow("accepted (new)", summary.Accepted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("updated", summary.Updated.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("unchanged (replays)", summary.Unchanged.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (summary.Evaluated > 0)
        {
            table.AddRow("evaluated by the rules", summary.Evaluated.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.AddRow("refused", summary.Refused.Select(r => r.Row).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var (_, reason) in summary.Refused.Take(ReasonsShown))
        {
            console.WriteLine(reason);
        }

        if (summary.Refused.Count > ReasonsShown)
        {
            console.WriteLine($"... and {summary.Refused.Count - ReasonsShown} more reasons.");
        }

        if (summary.Failure is not null)
        {
            console.WriteLine($"Stopped: {summary.Failure} The batches before it are committed.");
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
