using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Opportunities;

internal sealed class OpportunityStageChangeConfiguration : IEntityTypeConfiguration<OpportunityStageChange>
{
    public void Configure(EntityTypeBuilder<OpportunityStageChange> builder)
    {
        builder.ToTable("OpportunityStageHistory");
        builder.Property(h => h.ChangedBy).HasMaxLength(200);
        builder.HasOne(h => h.Opportunity).WithMany(o => o.StageHistory).HasForeignKey(h => h.OpportunityId).OnDelete(DeleteBehavior.Cascade);

        // Covers the funnel's read of the history (per opportunity: stage, entered, left) without touching the table.
        builder.HasIndex(h => new { h.OpportunityId, h.Stage, h.EnteredAt, h.LeftAt });
    }
}
