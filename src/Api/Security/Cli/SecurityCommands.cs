using System.Globalization;
using Microsoft.Extensions.Logging.Console;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using Spectre.Console;

namespace SalesGraph.Api.Security.Cli;

/// <summary>
/// <c>keys create --role &lt;role&gt; --name "&lt;name&gt;" [--expires 2027-01-01] [--sources WEB_FORM,WEBINAR]</c>, <c>keys list</c>, <c>keys revoke &lt;id&gt;</c>.
/// A new key is printed once, alone on the last line of the output.
/// </summary>
public static class SecurityCommands
{
    private const string Usage =
        "usage: keys create --role <reader|marketing|ops|admin> --name \"<name>\" [--expires <yyyy-mm-dd>] [--sources <SOURCE,...>]\n"
        + "       keys list\n"
        + "       keys revoke <id>";

    public static bool IsKeysCommand(string[] args) => args.Length > 0 && args[0] == "keys";

    /// <summary>For a keys command, send all log output to stderr so stdout carries only the command's output.</summary>
    public static void RouteLogsToStandardError(string[] args, ILoggingBuilder logging)
    {
        if (IsKeysCommand(args))
        {
            logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
    }

    /// <summary>Runs a keys command and sets the process exit code; false when <paramref name="args"/> is not one.</summary>
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

    /// <summary>The exit code of the keys command, or null when <paramref name="args"/> is not one.</summary>
    public static async Task<int?> RunAsync(
        string[] args, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!IsKeysCommand(args))
        {
            return null;
        }

        await services.InitializeSalesDatabaseAsync(cancellationToken: cancellationToken);
        var store = services.GetRequiredService<ApiKeyStore>();
        var options = ReadOptions(args.Skip(2).ToArray());
        switch (args.ElementAtOrDefault(1))
        {
            case "create" when options.TryGetValue("role", out var role) && Roles.IsAssignable(role)
                && options.TryGetValue("name", out var name) && !string.IsNullOrWhiteSpace(name):
                if (!TryReadExpiry(options, out var expires))
                {
                    return Fail(error, "--expires must be a future date such as 2027-01-01.");
                }

                LeadSource[]? sources = null;
                if (options.TryGetValue("sources", out var sourceList) && !LeadSourceScopes.TryParse(sourceList, out sources, out var unknown))
                {
                    return Fail(error, unknown.Length > 0
                        ? $"--sources: unknown lead source {string.Join(", ", unknown)}; valid sources are {LeadSourceScopes.ValidNames}."
                        : $"--sources needs at least one of {LeadSourceScopes.ValidNames}.");
                }

                var created = await store.CreateAsync(name, role, expires, sources, cancellationToken);
                await output.WriteLineAsync(
                    $"Created API key {created.Key.Id} \"{name}\" with role {role}, lead sources {LeadSourceScopes.Describe(created.Key.LeadSources)}, "
                    + $"expires {expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never"}.");
                await output.WriteLineAsync("Store it now; it is not shown again:");
                await output.WriteLineAsync(created.PlainText);
                return 0;
            case "list" when args.Length == 2:
                WriteTable(output, await store.ListAsync(cancellationToken));
                return 0;
            case "revoke" when args.Length == 3:
                if (!await store.RevokeAsync(args[2], cancellationToken))
                {
                    return Fail(error, $"No key with id {args[2]}.");
                }

                await output.WriteLineAsync($"Revoked API key {args[2]}; it is refused from the next request on.");
                return 0;
            default:
                return Fail(error, Usage);
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }

    private static Dictionary<string, string> ReadOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }

        return options;
    }

    private static bool TryReadExpiry(Dictionary<string, string> options, out DateTime? expires)
    {
        expires = null;
        if (!options.TryGetValue("expires", out var text))
        {
            return true;
        }

        var parsed = DateTime.TryParse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date);
        expires = date;
        return parsed && date > DateTime.UtcNow;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<Data.Security.ApiKey> keys)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = 160;
        var table = new Table().AddColumns("Id", "Name", "Role", "Lead sources", "Created (UTC)", "Expires (UTC)", "Status");
        var now = DateTime.UtcNow;
        foreach (var key in keys)
        {
            var status = key.RevokedAt is not null ? "revoked" : key.ExpiresAt <= now ? "expired" : "active";
            table.AddRow(
                Markup.Escape(key.Id), Markup.Escape(key.Name), key.Role, LeadSourceScopes.Describe(key.LeadSources),
                key.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                key.ExpiresAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never", status);
        }

        console.Write(table);
    }
}
