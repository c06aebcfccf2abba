using EduDpa.Domain.Agreements;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Files;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> builder)
    {
        // The bytes live here alone, so that lists of what they belong to never load them.
        builder.ToTable("StoredDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.FileName).HasMaxLength(StoredDocument.FileNameMaxLength);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.UploadedByName).HasMaxLength(256);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("Certificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OtherName).HasMaxLength(Certificate.NameMaxLength);
        builder.Property(c => c.Scope).HasMaxLength(Certificate.ScopeMaxLength);
        builder.Property(c => c.Issuer).HasMaxLength(Certificate.IssuerMaxLength);
        builder.Property(c => c.AddedByName).HasMaxLength(256);
        builder.Property(c => c.WithdrawnByName).HasMaxLength(256);
        builder.Property(c => c.WithdrawalReason).HasMaxLength(Certificate.ReasonMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsCurrent);
        builder.Ignore(c => c.ExpiresAt);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ProductId);
        builder.HasIndex(c => c.SupplierId);
        // The reminders look for current certificates by their last valid day.
        builder.HasIndex(c => c.ValidTo);
    }
}

internal sealed class AuditRequestConfiguration : IEntityTypeConfiguration<AuditRequest>
{
    public void Configure(EntityTypeBuilder<AuditRequest> builder)
    {
        builder.ToTable("AuditRequests");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Scope).HasMaxLength(AuditRequest.LongText);
        builder.Property(a => a.Auditor).HasMaxLength(AuditRequest.ShortText);
        builder.Property(a => a.Reason).HasMaxLength(AuditRequest.LongText);
        builder.Property(a => a.Response).HasMaxLength(AuditRequest.LongText);
        builder.Property(a => a.ClosingNote).HasMaxLength(AuditRequest.LongText);
        builder.Property(a => a.RequestedByName).HasMaxLength(256);
        builder.Property(a => a.RespondedByName).HasMaxLength(256);
        // The cost agreement, the report's facts and the history are read and written whole with the audit: JSON columns.
        builder.Property(a => a.Costs).HasJsonConversion();
        builder.Property(a => a.Report).HasJsonConversion();
        builder.Property(a => a.History).HasJsonListConversion();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.ResponseDue);
        builder.Ignore(a => a.ReportDue);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.ResponseLate);
        builder.Ignore(a => a.ReportLate);
        builder.HasOne<ProcessingAgreement>().WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredDocument>().WithMany().HasForeignKey(a => a.ReportDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AgreementId);
        builder.HasIndex(a => a.BoardId);
        builder.HasIndex(a => a.ProcessorId);
    }
}
