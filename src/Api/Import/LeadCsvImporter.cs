using System.Globalization;
using CsvHelper;
using SalesGraph.Api.Leads.Intake;

namespace SalesGraph.Api.Import;

/// <summary>Imports a CSV export of leads through the intake pipeline of <c>submitLeads</c>, in batches, one transaction each.</summary>
public sealed class LeadCsvImporter(LeadIntake intake)
{
    /// <param name="progress">Called after each batch with the rows done so far.</param>
    public async Task<ImportSummary> ImportAsync(TextReader csv, LeadImportMapping mapping, Action<int>? progress, CancellationToken cancellationToken)
    {
        var summary = new ImportSummary();
        var mapper = new LeadRowMapper(mapping);
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        await reader.ReadHeaderAsync(cancellationToken);
        var header = reader.Headers;
        if (mapper.CustomFieldColumns.Where(c => !header.Contains(c)).ToList() is { Count: > 0 } absent)
        {
            summary.Failure = $"The file has no column {string.Join(", ", absent.Select(c => $"\"{c}\""))} that the mapping's customFields read.";
            return summary;
        }

        var batch = new List<(int Row, LeadSubmission Lead)>();
        var read = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            read++;
            // Row numbers as a spreadsheet shows them: the header is row 1.
            var rowNumber = (int)reader.RowNumber + 1;
            var row = header.Select((name, i) => (name, value: i < reader.FieldCount ? reader.GetString(i) : null)).Where(c => c.name.Length > 0)
                .GroupBy(c => c.name).ToDictionary(g => g.Key, g => (string?)g.First().value);
            var (lead, errors) = mapper.Map(row);
            if (errors.Count > 0)
            {
                summary.Refused.AddRange(errors.Select(e => (rowNumber, $"row {rowNumber}: {e}")));
                continue;
            }

            batch.Add((rowNumber, lead));
            if (batch.Count >= mapping.BatchSize)
            {
                if (!await SubmitAsync(batch, summary, cancellationToken))
                {
                    return summary;
                }

                progress?.Invoke(read);
            }
        }

        await SubmitAsync(batch, summary, cancellationToken);
        progress?.Invoke(read);
        return summary;
    }

    private async Task<bool> SubmitAsync(List<(int Row, LeadSubmission Lead)> batch, ImportSummary summary, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return true;
        }

        var rows = batch.Select(b => b.Row).ToList();
        var result = await intake.SubmitAsync([.. batch.Select(b => b.Lead)], i => $"row {rows[i]}: ", cancellationToken);
        batch.Clear();
        if (result.Failure is not null)
        {
            summary.Failure = result.Failure.Message;
            return false;
        }

        foreach (var item in result.Items)
        {
            if (!item.Accepted)
            {
                summary.Refused.AddRange(item.Errors.Select(e => (rows[item.Index], e.Message)));
            }
            else if (!item.Replayed)
            {
                summary.Accepted++;
            }
            else if (item.Updated)
            {
                summary.Updated++;
            }
            else
            {
                summary.Unchanged++;
            }
        }

        return true;
    }
}
