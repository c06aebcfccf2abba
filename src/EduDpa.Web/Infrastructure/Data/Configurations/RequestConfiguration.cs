using EduDpa.Domain.Agreements;
using EduDpa.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> builder)
    {
        builder.ToTable("DataSubjectRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.SubjectGroup).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Description).HasMaxLength(DataSubjectRequest.DescriptionMaxLength);
        builder.Property(r => r.ExtensionReason).HasMaxLength(DataSubjectRequest.TextMaxLength);
        builder.Property(r => r.OutcomeExplanation).HasMaxLength(DataSubjectRequest.TextMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // The questions and the history are read and written whole with the request: JSON columns.
        builder.Property(r => r.Assistance).HasJsonListConversion();
        builder.Property(r => r.History).HasJsonListConversion();
        builder.Ignore(r => r.DueAt);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.AnsweredLate);
        builder.Ignore(r => r.OpenQuestion);
        builder.HasOne<ProcessingAgreement>().WithMany().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.AgreementId);
        builder.HasIndex(r => r.BoardId);
        builder.HasIndex(r => r.ProcessorId);
    }
}
