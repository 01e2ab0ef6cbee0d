using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Leads.Intake;
using SalesGraph.Api.Tenders.Scoring;
using SalesGraph.Data;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Import;

/// <summary>
/// Imports OCDS releases (one JSON object per line) into <see cref="Tender"/> rows, upserting by ocid (a later release of the
/// same ocid updates the row). Each committed batch is then evaluated by the current tender rules (bid points, decision, bid
/// team), as <c>reevaluateTenders</c> would.
/// </summary>
public sealed class TenderJsonlImporter(IDbContextFactory<SalesDbContext> dbFactory, TenderReevaluation evaluation, TimeProvider time)
{
    public const int BatchSize = 200;

    public async Task<ImportSummary> ImportAsync(TextReader jsonl, Action<int>? progress, CancellationToken cancellationToken)
    {
        var summary = new ImportSummary();
        var batch = new List<(int Line, Tender Tender)>();
        var line = 0;
        while (await jsonl.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var (tender, error) = Parse(text);
            if (tender is null)
            {
                summary.Refused.Add((line, $"line {line}: {error}"));
                continue;
            }

            batch.Add((line, tender));
            if (batch.Count >= BatchSize)
            {
                await SaveAsync(batch, summary, cancellationToken);
                progress?.Invoke(line);
            }
        }

        await SaveAsync(batch, summary, cancellationToken);
        progress?.Invoke(line);
        return summary;
    }

    private async Task SaveAsync(List<(int Line, Tender Tender)> batch, ImportSummary summary, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ocids = batch.Select(b => b.Tender.Ocid).Distinct().ToList();
        var known = await db.Tenders.Where(t => ocids.Contains(t.Ocid)).ToDictionaryAsync(t => t.Ocid, cancellationToken);
        var written = new HashSet<Tender>(ReferenceEqualityComparer.Instance);
        foreach (var (_, tender) in batch)
        {
            if (known.TryGetValue(tender.Ocid, out var row))
            {
                // The newest release of an ocid wins; older ones in the file are replays.
                if (tender.PublishedAt < row.PublishedAt)
                {
                    summary.Unchanged++;
                    continue;
                }

                Refresh(row, tender, now);
                written.Add(row);
                summary.Updated++;
                continue;
            }

            tender.CreatedAt = tender.UpdatedAt = now;
            db.Tenders.Add(tender);
            known[tender.Ocid] = tender;
            written.Add(tender);
            summary.Accepted++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        batch.Clear();

        // Only what this batch wrote: a replay of an older release changed nothing to evaluate.
        var saved = written.Select(t => t.Id).ToList();
        if (saved.Count == 0)
        {
            return;
        }

        var run = await evaluation.ReevaluateAsync(t => saved.Contains(t.Id), cancellationToken);
        summary.Evaluated += run.Evaluated;
    }

    private static void Refresh(Tender row, Tender release, DateTime now)
    {
        (row.Title, row.Description, row.BuyerName, row.BuyerRegion, row.Country, row.Status) =
            (release.Title, release.Description, release.BuyerName, release.BuyerRegion, release.Country, release.Status);
        (row.MainCpv, row.CpvCodes, row.ProcurementMethod, row.Category, row.ValueAmount, row.Currency) =
            (release.MainCpv, release.CpvCodes, release.ProcurementMethod, release.Category, release.ValueAmount, release.Currency);
        (row.PublishedAt, row.DeadlineAt, row.SuitableForSme, row.UpdatedAt) = (release.PublishedAt, release.DeadlineAt, release.SuitableForSme, now);
    }

    /// <summary>The tender of one OCDS release, or why the line cannot be read.</summary>
    public static (Tender? Tender, string? Error) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var release = document.RootElement;
            var ocid = Text(release, "ocid");
            var tender = release.TryGetProperty("tender", out var t) ? t : default;
            var title = Text(tender, "title");
            if (ocid is null || ocid.Length > 100)
            {
                return (null, "the release has no ocid (or one over 100 characters).");
            }

            if (title is null)
            {
                return (null, $"release {ocid} has no tender title.");
            }

            var cpvs = Classifications(tender).Distinct().ToList();
            var published = Date(tender, "datePublished") ?? Date(release, "date");
            return (new Tender
            {
                Ocid = ocid,
                Title = Cap(title, 500)!,
                Description = Cap(Text(tender, "description"), 2000),
                BuyerName = Cap(release.TryGetProperty("buyer", out var buyer) ? Text(buyer, "name") : null, 300),
                BuyerRegion = Cap(Addresses(tender).Select(a => Text(a, "region")).OfType<string>().FirstOrDefault(), 100),
                Country = Addresses(tender).Select(a => Text(a, "countryName")).OfType<string>().Select(Countries.ToAlpha2).OfType<string>().FirstOrDefault(),
                Status = Text(tender, "status") switch
                {
                    "complete" => TenderStatus.Complete,
                    "cancelled" or "unsuccessful" or "withdrawn" => TenderStatus.Cancelled,
                    "planning" or "planned" => TenderStatus.Planning,
                    _ => TenderStatus.Active,
                },
                MainCpv = Cap(cpvs.FirstOrDefault(), 16),
                CpvCodes = Cap(cpvs.Count == 0 ? null : string.Join('|', cpvs), 1000),
                ProcurementMethod = Text(tender, "procurementMethod") switch
                {
                    "selective" => ProcurementMethod.Selective,
                    "limited" => ProcurementMethod.Limited,
                    "direct" => ProcurementMethod.Direct,
                    _ => ProcurementMethod.Open,
                },
                Category = Cap(Text(tender, "mainProcurementCategory"), 32),
                ValueAmount = tender.TryGetProperty("value", out var value) && value.TryGetProperty("amount", out var amount) && amount.TryGetDecimal(out var a) ? a : null,
                Currency = tender.TryGetProperty("value", out var v) && Text(v, "currency") is { Length: 3 } currency ? currency : null,
                PublishedAt = published ?? DateTime.UnixEpoch,
                DeadlineAt = tender.TryGetProperty("tenderPeriod", out var period) ? Date(period, "endDate") : null,
                SuitableForSme = tender.TryGetProperty("suitability", out var suitability) && suitability.TryGetProperty("sme", out var sme) && sme.ValueKind == JsonValueKind.True,
            }, null);
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON ({e.Message}).");
        }
    }

    private static IEnumerable<string> Classifications(JsonElement tender)
    {
        if (tender.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        var holders = new List<JsonElement> { tender };
        if (tender.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            holders.AddRange(items.EnumerateArray());
        }

        foreach (var holder in holders)
        {
            if (holder.TryGetProperty("classification", out var main) && Text(main, "id") is { } id)
            {
                yield return id;
            }

            if (holder.TryGetProperty("additionalClassifications", out var more) && more.ValueKind == JsonValueKind.Array)
            {
                foreach (var c in more.EnumerateArray())
                {
                    if (Text(c, "id") is { } extra)
                    {
                        yield return extra;
                    }
                }
            }
        }
    }

    private static IEnumerable<JsonElement> Addresses(JsonElement tender) =>
        tender.ValueKind == JsonValueKind.Object && tender.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Where(i => i.TryGetProperty("deliveryAddresses", out var d) && d.ValueKind == JsonValueKind.Array)
                .SelectMany(i => i.GetProperty("deliveryAddresses").EnumerateArray())
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text.Trim()
            : null;

    private static DateTime? Date(JsonElement element, string name) =>
        Text(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.UtcDateTime : null;

    private static string? Cap(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
