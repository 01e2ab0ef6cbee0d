using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.NormalizedName).HasMaxLength(200);
        builder.Property(a => a.Domain).HasMaxLength(253);
        builder.Property(a => a.Industry).HasMaxLength(100);
        builder.Property(a => a.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(a => a.AnnualRevenue).HasPrecision(18, 2);
        builder.Property(a => a.Nps).HasPrecision(6, 2);
        builder.Property(a => a.LifetimeValue).HasPrecision(18, 2);
        builder.Property(a => a.Strategies).HasConversion<int>();
        builder.Property(a => a.RowVersion).IsConcurrencyToken();

        builder.HasOne(a => a.ParentAccount).WithMany().HasForeignKey(a => a.ParentAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Territory).WithMany().HasForeignKey(a => a.TerritoryId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(a => a.OwnerRep).WithMany().HasForeignKey(a => a.OwnerRepId).OnDelete(DeleteBehavior.ClientSetNull);

        builder.HasIndex(a => a.Name);
        // One account per company (the intake's suspect accounts rely on it): filtered, so accounts without a domain or without a
        // normalised name (a name of only a legal form) may be many. The same filter text reads on SQLite and SQL Server.
        builder.HasIndex(a => a.NormalizedName).IsUnique().HasFilter("NormalizedName <> ''");
        builder.HasIndex(a => a.Domain).IsUnique().HasFilter("Domain IS NOT NULL");
        builder.HasIndex(a => a.Industry);
        builder.HasIndex(a => a.Country);
        builder.HasIndex(a => a.Employees);
        builder.HasIndex(a => a.AnnualRevenue);
        builder.HasIndex(a => a.PyramidTier);
        builder.HasIndex(a => a.IsCustomer);
    }
}
