using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Tenders;

internal sealed class TenderConfiguration : IEntityTypeConfiguration<Tender>
{
    public void Configure(EntityTypeBuilder<Tender> builder)
    {
        builder.Property(t => t.Ocid).HasMaxLength(100);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.Description).HasMaxLength(2000);
        builder.Property(t => t.BuyerName).HasMaxLength(300);
        builder.Property(t => t.BuyerRegion).HasMaxLength(100);
        builder.Property(t => t.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(t => t.MainCpv).HasMaxLength(16);
        builder.Property(t => t.CpvCodes).HasMaxLength(1000);
        builder.Property(t => t.Category).HasMaxLength(32);
        builder.Property(t => t.ValueAmount).HasPrecision(18, 2);
        builder.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();

        builder.HasOne(t => t.BidTeam).WithMany().HasForeignKey(t => t.BidTeamId).OnDelete(DeleteBehavior.ClientSetNull);

        builder.HasIndex(t => t.Ocid).IsUnique();
        builder.HasIndex(t => t.DeadlineAt);
        builder.HasIndex(t => t.PublishedAt);
        builder.HasIndex(t => t.Status);
        builder.HasIndex(t => t.BidDecision);
        builder.HasIndex(t => t.MainCpv);
        builder.HasIndex(t => t.ValueAmount);
    }
}
