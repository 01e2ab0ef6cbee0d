using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Accounts;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.JobTitle).HasMaxLength(150);

        builder.HasOne(c => c.Account).WithMany(a => a.Contacts).HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(c => c.FullName);
        builder.HasIndex(c => c.Email).IsUnique().HasFilter("Email IS NOT NULL");
        builder.HasIndex(c => c.Role);
    }
}
