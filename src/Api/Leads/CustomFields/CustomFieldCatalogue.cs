using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Conditions;
using ScoringFieldType = SalesGraph.Scoring.Facts.CustomFieldType;

namespace SalesGraph.Api.Leads.CustomFields;

/// <summary>Reads and extends the CustomFieldDefinitions table: the custom fields rules may name, and the type each value must have.
/// The import registers the fields of its mapping; intake registers a key the first time a lead sends it. Names are never removed.</summary>
public static class CustomFieldCatalogue
{
    public static async Task<Dictionary<string, CustomFieldType>> TypesAsync(SalesDbContext db, CancellationToken cancellationToken) =>
        await db.CustomFieldDefinitions.AsNoTracking().ToDictionaryAsync(f => f.Name, f => f.Type, StringComparer.Ordinal, cancellationToken);

    /// <summary>The catalogue as rule validation reads it.</summary>
    public static async Task<CustomFieldCatalog> LoadAsync(SalesDbContext db, CancellationToken cancellationToken) =>
        For(await TypesAsync(db, cancellationToken));

    public static CustomFieldCatalog For(IReadOnlyDictionary<string, CustomFieldType> types) =>
        new(types.ToDictionary(t => t.Key, t => ToScoring(t.Value), StringComparer.Ordinal));

    public static ScoringFieldType ToScoring(CustomFieldType type) => (ScoringFieldType)(int)type;

    /// <summary>Adds the definitions whose names are not in the table yet (an existing name keeps its type); saves them.</summary>
    public static async Task RegisterAsync(SalesDbContext db, IEnumerable<CustomFieldDefinition> definitions, CancellationToken cancellationToken)
    {
        var wanted = definitions.DistinctBy(d => d.Name, StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
            return;
        var names = wanted.Select(d => d.Name).ToList();
        var existing = await db.CustomFieldDefinitions.AsNoTracking().Where(f => EF.Parameter(names).Contains(f.Name)).Select(f => f.Name).ToListAsync(cancellationToken);
        var added = wanted.Where(d => !existing.Contains(d.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        if (added.Count == 0)
            return;
        db.CustomFieldDefinitions.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var definition in added)
            db.Entry(definition).State = EntityState.Detached;
    }
}
