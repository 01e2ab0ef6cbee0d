using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Accounts;

internal sealed class RevenueLineConfiguration : IEntityTypeConfiguration<RevenueLine>
{
    public void Configure(EntityTypeBuilder<RevenueLine> builder)
    {
        builder.Property(r => r.Revenue).HasPrecision(18, 2);
        builder.Property(r => r.GrossMargin).HasPrecision(18, 2);

        builder.HasOne(r => r.Account).WithMany(a => a.RevenueLines).HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(r => new { r.AccountId, r.PeriodStart }).IsUnique();
        builder.HasIndex(r => r.PeriodStart);
    }
}
