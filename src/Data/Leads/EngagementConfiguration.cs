using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Leads;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.Property(e => e.Detail).HasMaxLength(500);

        builder.HasOne(e => e.Lead).WithMany(l => l.Engagements).HasForeignKey(e => e.LeadId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(e => new { e.LeadId, e.OccurredAt });
    }
}
