using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Sales;

internal sealed class SalesRepConfiguration : IEntityTypeConfiguration<SalesRep>
{
    public void Configure(EntityTypeBuilder<SalesRep> builder)
    {
        builder.Property(r => r.FullName).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(254);

        builder.HasOne(r => r.Team).WithMany(t => t.Reps).HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(r => r.FullName);
        builder.HasIndex(r => r.Email).IsUnique().HasFilter("Email IS NOT NULL");
    }
}
