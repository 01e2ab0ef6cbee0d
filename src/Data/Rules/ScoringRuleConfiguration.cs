using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Rules;

internal sealed class ScoringRuleConfiguration : IEntityTypeConfiguration<ScoringRule>
{
    public void Configure(EntityTypeBuilder<ScoringRule> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.When).HasMaxLength(4000);
        builder.Property(r => r.Then).HasMaxLength(4000);
        builder.Property(r => r.ChangedBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();

        builder.HasIndex(r => new { r.RuleSet, r.Name }).IsUnique();
    }
}
