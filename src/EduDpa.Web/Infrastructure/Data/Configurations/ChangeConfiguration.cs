using EduDpa.Domain.Agreements;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class AnnexChangeConfiguration : IEntityTypeConfiguration<AnnexChange>
{
    public void Configure(EntityTypeBuilder<AnnexChange> builder)
    {
        builder.ToTable("AnnexChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ProductName).HasMaxLength(200);
        builder.Property(c => c.AnnexKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AnnouncedByName).HasMaxLength(256);
        builder.Property(c => c.Explanation).HasColumnType("text");
        // What changed is read and written whole with the change: JSON columns.
        builder.Property(c => c.Edit).HasJsonConversion();
        builder.Property(c => c.Difference).HasJsonConversion();
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SupplierId, c.AnnouncedAt });
        builder.HasIndex(c => c.ProductId);
    }
}

internal sealed class ChangeNoticeConfiguration : IEntityTypeConfiguration<ChangeNotice>
{
    public void Configure(EntityTypeBuilder<ChangeNotice> builder)
    {
        builder.ToTable("ChangeNotices");
        // One notice per change and agreement; the fan-out inserts these rows in one statement (ChangeFanOut).
        builder.HasKey(n => new { n.ChangeId, n.AgreementId });
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.AnnexKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Reaction).HasJsonConversion();
        builder.Property(n => n.Withdrawal).HasJsonConversion();
        builder.Property(n => n.Outcome).HasJsonConversion();
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne<AnnexChange>().WithMany().HasForeignKey(n => n.ChangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProcessingAgreement>().WithMany().HasForeignKey(n => n.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.BoardId, n.State });
        builder.HasIndex(n => new { n.ProcessorId, n.State });
        builder.HasIndex(n => n.AgreementId);
        builder.HasIndex(n => n.MailedAt);
    }
}
