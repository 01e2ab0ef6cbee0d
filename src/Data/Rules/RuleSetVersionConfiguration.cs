using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Rules;

internal sealed class RuleSetVersionConfiguration : IEntityTypeConfiguration<RuleSetVersion>
{
    public void Configure(EntityTypeBuilder<RuleSetVersion> builder)
    {
        builder.Property(v => v.Note).HasMaxLength(1000);
        builder.Property(v => v.PublishedBy).HasMaxLength(200);

        builder.HasIndex(v => new { v.RuleSet, v.Number }).IsUnique();
    }
}
