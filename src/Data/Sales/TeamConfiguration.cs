using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Sales;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Manager).HasMaxLength(200);
        builder.Property(t => t.RowVersion).IsConcurrencyToken();

        builder.HasOne(t => t.Territory).WithMany().HasForeignKey(t => t.TerritoryId).OnDelete(DeleteBehavior.ClientSetNull);

        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasIndex(t => t.Kind);
    }
}
