using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Leads;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.Property(l => l.ExternalId).HasMaxLength(100);
        builder.Property(l => l.Email).HasMaxLength(254);
        builder.Property(l => l.EmailDomain).HasMaxLength(253);
        builder.Property(l => l.FirstName).HasMaxLength(100);
        builder.Property(l => l.LastName).HasMaxLength(100);
        builder.Property(l => l.Phone).HasMaxLength(50);
        builder.Property(l => l.JobTitle).HasMaxLength(150);
        builder.Property(l => l.Company).HasMaxLength(200);
        builder.Property(l => l.Domain).HasMaxLength(253);
        builder.Property(l => l.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(l => l.Industry).HasMaxLength(100);
        builder.Property(l => l.AnnualRevenue).HasPrecision(18, 2);
        builder.Property(l => l.Campaign).HasMaxLength(200);
        builder.Property(l => l.UtmSource).HasMaxLength(100);
        builder.Property(l => l.UtmMedium).HasMaxLength(100);
        builder.Property(l => l.UtmCampaign).HasMaxLength(200);
        builder.Property(l => l.UtmTerm).HasMaxLength(200);
        builder.Property(l => l.UtmContent).HasMaxLength(200);
        builder.Property(l => l.BuyingMotives).HasMaxLength(500);
        builder.Property(l => l.CustomFields).HasMaxLength(4000);
        builder.Property(l => l.NurtureTrack).HasMaxLength(100);
        builder.Property(l => l.RowVersion).IsConcurrencyToken();

        builder.HasOne(l => l.Account).WithMany(a => a.Leads).HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.ClientSetNull);
        // No cascade from Contact: SQL Server rejects a second cascade path from Account.
        builder.HasOne(l => l.Contact).WithMany().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(l => l.RouteTeam).WithMany().HasForeignKey(l => l.RouteTeamId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(l => l.Opportunity).WithMany().HasForeignKey(l => l.OpportunityId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(l => l.AssignedRep).WithMany().HasForeignKey(l => l.AssignedRepId).OnDelete(DeleteBehavior.ClientSetNull);

        builder.HasIndex(l => new { l.Source, l.ExternalId }).IsUnique();
        builder.HasIndex(l => l.Email);
        // No index on EmailDomain: no API filter, join or query reads it (the rules compare it in memory); every intake insert paid for one.
        builder.HasIndex(l => l.Domain);
        builder.HasIndex(l => l.Stage);
        builder.HasIndex(l => l.Score);
        builder.HasIndex(l => l.Grade);
        builder.HasIndex(l => l.Country);
        builder.HasIndex(l => l.CreatedAt);
        builder.HasIndex(l => l.OpportunityId);
    }
}
