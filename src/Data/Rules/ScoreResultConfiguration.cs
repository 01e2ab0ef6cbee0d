using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Rules;

internal sealed class ScoreResultConfiguration : IEntityTypeConfiguration<ScoreResult>
{
    public void Configure(EntityTypeBuilder<ScoreResult> builder)
    {
        builder.Property(s => s.Outcome).HasMaxLength(4000);

        builder.HasMany(s => s.Hits).WithOne(h => h.ScoreResult).HasForeignKey(h => h.ScoreResultId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(s => new { s.Subject, s.SubjectId, s.EvaluatedAt });
        builder.HasIndex(s => new { s.RuleSet, s.RuleSetVersion });
    }
}
