using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Rules;

internal sealed class RuleHitConfiguration : IEntityTypeConfiguration<RuleHit>
{
    public void Configure(EntityTypeBuilder<RuleHit> builder)
    {
        builder.Property(h => h.RuleName).HasMaxLength(200);
        builder.Property(h => h.Effect).HasMaxLength(1000);

        builder.HasIndex(h => h.RuleId);
    }
}
