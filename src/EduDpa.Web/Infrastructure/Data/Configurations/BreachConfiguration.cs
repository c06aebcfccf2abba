using EduDpa.Domain.Agreements;
using EduDpa.Domain.Breaches;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class BreachConfiguration : IEntityTypeConfiguration<DataBreach>
{
    public void Configure(EntityTypeBuilder<DataBreach> builder)
    {
        builder.ToTable("Breaches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.RecordedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.RecordedByName).HasMaxLength(256);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Nature).HasConversion<int>();
        builder.Property(b => b.Encrypted).HasConversion<string>().HasMaxLength(10);
        foreach (var text in new[] { nameof(DataBreach.Summary), nameof(DataBreach.Cause), nameof(DataBreach.HowDiscovered), nameof(DataBreach.MeasuresTaken),
                     nameof(DataBreach.Consequences), nameof(DataBreach.PersonalData) })
        {
            builder.Property(text).HasColumnType("text");
        }
        // The decisions, the timeline and the closing are read and written with the breach: JSON columns.
        builder.Property(b => b.Authority).HasJsonConversion();
        builder.Property(b => b.DataSubjects).HasJsonConversion();
        builder.Property(b => b.Updates).HasJsonListConversion();
        builder.Property(b => b.Closure).HasJsonConversion();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.IsOpen);
        builder.Ignore(b => b.DecisionDue);
        builder.Ignore(b => b.AuthorityDecisionLate);
        builder.Ignore(b => b.DataSubjectsDecisionLate);
        builder.HasOne<ProcessingAgreement>().WithMany().HasForeignKey(b => b.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.AgreementId);
        builder.HasIndex(b => b.BoardId);
        builder.HasIndex(b => b.ProcessorId);
    }
}
