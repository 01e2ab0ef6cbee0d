using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Telemetry;
using SalesGraph.Data;
using SalesGraph.Data.Documents;

namespace SalesGraph.Api.GraphQL.TrustedDocuments;

/// <summary>The registered documents: looked up by id (kept in memory once read; a document never changes under its hash) and
/// added from a manifest, each checked against its hash.</summary>
public sealed class TrustedDocumentStore(IDbContextFactory<SalesDbContext> dbFactory, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    public async Task<string?> FindAsync(string id, CancellationToken ct)
    {
        if (_known.TryGetValue(id, out var query))
            return query;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        query = await db.TrustedDocuments.AsNoTracking().Where(d => d.Id == id).Select(d => d.Query).SingleOrDefaultAsync(ct);
        if (query is not null)
            _known.TryAdd(id, query);
        return query;
    }

    /// <summary>Adds the entries whose id is the hash of their text; returns how many were added, were there already, and the refused ids with why.</summary>
    public async Task<(int Added, int Known, IReadOnlyList<(string Id, string Reason)> Refused)> AddAsync(
        IReadOnlyList<ManifestEntry> entries, CancellationToken ct)
    {
        var refused = new List<(string, string)>();
        var valid = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var hash = GraphQLTelemetry.DocumentHash(entry.Query);
            if (!string.Equals(entry.Id, hash, StringComparison.Ordinal))
                refused.Add((entry.Id, $"the sha256 of its text is {hash}"));
            else
                valid.TryAdd(entry.Id, entry);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = valid.Keys.ToList();
        var known = (await db.TrustedDocuments.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        db.TrustedDocuments.AddRange(valid.Values.Where(e => !known.Contains(e.Id))
            .Select(e => new TrustedDocument { Id = e.Id, Query = e.Query, Name = e.Name, CreatedAt = now }));
        var added = await db.SaveChangesAsync(ct);
        return (added, known.Count, refused);
    }
}
