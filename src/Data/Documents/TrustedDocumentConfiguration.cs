using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesGraph.Data.Documents;

internal sealed class TrustedDocumentConfiguration : IEntityTypeConfiguration<TrustedDocument>
{
    public void Configure(EntityTypeBuilder<TrustedDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(71);
        builder.Property(d => d.Name).HasMaxLength(200);
    }
}
