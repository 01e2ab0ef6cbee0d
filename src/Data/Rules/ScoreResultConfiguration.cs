using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Rules;

internal sealed class ScoreResultConfiguration : IEntityTypeConfiguration<ScoreResult>
{
    public void Configure(EntityTypeBuilder<ScoreResult> builder)
    {
        builder.Property(s => s.Outcome).HasMaxLength(4000);

        // One JSON column instead of a row per hit: a result is written and read whole, never queried by hit.
        builder.Property(s => s.Hits)
            .HasConversion(hits => RuleHitsJson.Write(hits), json => RuleHitsJson.Read(json),
                new ValueComparer<List<RuleHit>>((a, b) => a!.SequenceEqual(b!), hits => hits.Aggregate(0, (h, hit) => HashCode.Combine(h, hit)), hits => hits.ToList()))
            .IsRequired();

        builder.HasIndex(s => new { s.Subject, s.SubjectId, s.EvaluatedAt });
        builder.HasIndex(s => new { s.RuleSet, s.RuleSetVersion });
    }
}
