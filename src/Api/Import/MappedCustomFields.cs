using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Leads.CustomFields;
using SalesGraph.Api.Leads.Intake;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Import;

/// <summary>The custom fields a mapping declares, as catalogue rows: registered before the first row is imported, so that intake converts each
/// cell to the declared type. A name the catalogue already holds with another type stops the import before anything is written.</summary>
public static class MappedCustomFields
{
    public static List<CustomFieldDefinition> Definitions(LeadImportMapping mapping, DateTime now)
    {
        var typed = mapping.CustomFields.Select(f => new CustomFieldDefinition
        {
            Name = f.Key,
            Type = CustomFieldMapping.ParseType(f.Value.Type)!.Value,
            Column = f.Value.Column ?? f.Key,
            MissingValues = JsonSerializer.Serialize(Missing(mapping, f.Value)),
            Origin = CustomFieldOrigin.Import,
            CreatedAt = now,
        });
        var text = mapping.Fields.Where(f => f.Value.StartsWith(LeadRowMapper.CustomPrefix, StringComparison.Ordinal)).Select(f => new CustomFieldDefinition
        {
            Name = f.Value[LeadRowMapper.CustomPrefix.Length..],
            Type = CustomFieldType.Text,
            Column = f.Key,
            MissingValues = JsonSerializer.Serialize(Missing(mapping, null)),
            Origin = CustomFieldOrigin.Import,
            CreatedAt = now,
        });
        return [.. typed.Concat(text)];
    }

    /// <summary>The raw values stored as missing: blank, the mapping's null values, the field's own.</summary>
    public static List<string> Missing(LeadImportMapping mapping, CustomFieldMapping? field) =>
        [.. new[] { "" }.Concat(mapping.NullValues).Concat(field?.Missing ?? []).Distinct(StringComparer.Ordinal)];

    /// <returns>Why the import cannot start, or null.</returns>
    public static async Task<string?> RegisterAsync(IDbContextFactory<SalesDbContext> dbFactory, LeadImportMapping mapping, DateTime now, CancellationToken cancellationToken)
    {
        var definitions = Definitions(mapping, now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var known = await CustomFieldCatalogue.TypesAsync(db, cancellationToken);
        var conflicts = definitions.Where(d => known.TryGetValue(d.Name, out var type) && type != d.Type)
            .Select(d => $"customFields.{d.Name} is {CustomFieldConversion.Describe(d.Type)} in the mapping but {CustomFieldConversion.Describe(known[d.Name])} in the catalogue")
            .ToList();
        if (conflicts.Count > 0)
            return $"The mapping disagrees with the custom-field catalogue: {string.Join("; ", conflicts)}. A field keeps its first type; rename the field in the mapping.";
        await CustomFieldCatalogue.RegisterAsync(db, definitions, cancellationToken);
        return null;
    }
}
