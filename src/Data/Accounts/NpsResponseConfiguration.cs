using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Accounts;

internal sealed class NpsResponseConfiguration : IEntityTypeConfiguration<NpsResponse>
{
    public void Configure(EntityTypeBuilder<NpsResponse> builder)
    {
        builder.Property(n => n.Comment).HasMaxLength(2000);

        builder.HasOne(n => n.Account).WithMany(a => a.NpsResponses).HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.Cascade);
        // No cascade from Contact: SQL Server rejects a second cascade path from Account.
        builder.HasOne(n => n.Contact).WithMany(c => c.NpsResponses).HasForeignKey(n => n.ContactId).OnDelete(DeleteBehavior.ClientSetNull);

        builder.HasIndex(n => new { n.AccountId, n.RespondedAt });
        builder.HasIndex(n => n.Category);
    }
}
