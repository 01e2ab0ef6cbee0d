using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Data.Opportunities;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.ExternalId).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Product).HasMaxLength(100);
        builder.Property(o => o.Amount).HasPrecision(18, 2);
        builder.Property(o => o.Probability).HasPrecision(5, 4);
        builder.Property(o => o.RowVersion).IsConcurrencyToken();

        builder.HasOne(o => o.Account).WithMany(a => a.Opportunities).HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(o => o.OwnerRep).WithMany().HasForeignKey(o => o.OwnerRepId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(o => o.Contacts).WithMany(c => c.Opportunities).UsingEntity(
            "OpportunityContacts",
            r => r.HasOne(typeof(Contact)).WithMany().HasForeignKey("ContactId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Opportunity)).WithMany().HasForeignKey("OpportunityId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasKey("OpportunityId", "ContactId"));

        builder.HasIndex(o => o.ExternalId);
        builder.HasIndex(o => o.Stage);
        builder.HasIndex(o => o.Amount);
        builder.HasIndex(o => o.ExpectedCloseAt);
        builder.HasIndex(o => o.ClosedAt);
    }
}
