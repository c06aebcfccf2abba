using EduDpa.Domain.Analyses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class AnalysisConfiguration : IEntityTypeConfiguration<TermsAnalysis>
{
    public void Configure(EntityTypeBuilder<TermsAnalysis> builder)
    {
        builder.ToTable("Analyses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(AnalysisContent.TitleLength);
        builder.Property(a => a.VendorName).HasMaxLength(AnalysisContent.NameLength);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.AuthorName).HasMaxLength(256);
        builder.Property(a => a.ReviewerName).HasMaxLength(256);
        foreach (var text in new[] { nameof(TermsAnalysis.Summary), nameof(TermsAnalysis.Introduction), nameof(TermsAnalysis.ColourExplanation), nameof(TermsAnalysis.Disclaimer), nameof(TermsAnalysis.WithdrawalReason) })
        {
            builder.Property(text).HasColumnType("text");
        }
        // The content is read and written whole with the analysis: JSON columns.
        builder.Property(a => a.VendorDocuments).HasJsonListConversion();
        builder.Property(a => a.Frameworks).HasJsonListConversion();
        builder.Property(a => a.Authors).HasJsonListConversion();
        builder.Property(a => a.Rows).HasJsonListConversion();
        builder.Property(a => a.History).HasJsonListConversion();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsPublic);
        builder.Ignore(a => a.IsCurrent);
        builder.Ignore(a => a.Summaries);
        builder.Ignore(a => a.Content);
        builder.HasIndex(a => new { a.SeriesId, a.Number }).IsUnique();
        builder.HasIndex(a => a.State);
        builder.HasIndex(a => a.VendorOrganisationId);
    }
}

internal sealed class AnalysisDecisionConfiguration : IEntityTypeConfiguration<AnalysisDecision>
{
    public void Configure(EntityTypeBuilder<AnalysisDecision> builder)
    {
        builder.ToTable("AnalysisDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.AnalysisTitle).HasMaxLength(AnalysisContent.TitleLength);
        builder.Property(d => d.VendorName).HasMaxLength(AnalysisContent.NameLength);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.DecidedByName).HasMaxLength(AnalysisDecision.NameLength);
        builder.Property(d => d.DecidedByFunction).HasMaxLength(AnalysisDecision.NameLength);
        builder.Property(d => d.RecordedByName).HasMaxLength(256);
        builder.Property(d => d.Rationale).HasColumnType("text");
        builder.Property(d => d.Measures).HasJsonListConversion();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.AcceptsTerms);
        builder.HasOne<TermsAnalysis>().WithMany().HasForeignKey(d => d.AnalysisId).OnDelete(DeleteBehavior.Restrict);
        // One decision per board and version of an analysis; a newer version gets a decision of its own.
        builder.HasIndex(d => new { d.BoardId, d.AnalysisId }).IsUnique();
        builder.HasIndex(d => d.SeriesId);
        builder.HasIndex(d => d.VendorOrganisationId);
    }
}
