using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<ProcessingAgreement>
{
    public void Configure(EntityTypeBuilder<ProcessingAgreement> builder)
    {
        builder.ToTable("Agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ModelId).HasMaxLength(100);
        builder.Property(a => a.InitiatedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.ComplexProperty(a => a.BoardRepresentative, r =>
        {
            r.Property(x => x.Name).HasColumnName("BoardRepresentativeName").HasMaxLength(Representative.MaxLength);
            r.Property(x => x.Function).HasColumnName("BoardRepresentativeFunction").HasMaxLength(Representative.MaxLength);
        });
        builder.ComplexProperty(a => a.ProcessorRepresentative, r =>
        {
            r.Property(x => x.Name).HasColumnName("ProcessorRepresentativeName").HasMaxLength(Representative.MaxLength);
            r.Property(x => x.Function).HasColumnName("ProcessorRepresentativeFunction").HasMaxLength(Representative.MaxLength);
        });
        builder.ComplexProperty(a => a.Contract, c =>
        {
            c.Property(x => x.Date).HasColumnName("ContractDate");
            c.Property(x => x.Description).HasColumnName("ContractDescription").HasMaxLength(UnderlyingContract.DescriptionMaxLength);
            c.Property(x => x.ReturnTermDays).HasColumnName("ReturnTermDays");
        });
        ContactColumns(builder, a => a.BoardContact, "BoardContact");
        ContactColumns(builder, a => a.BoardIncidentContact, "BoardIncidentContact");
        // The board's annex choices are read and written whole with the agreement: one JSON column.
        builder.Property(a => a.AnnexChoices)
            .HasConversion(
                v => AnnexJson.Serialize(v, false),
                v => AnnexJson.Deserialize<List<ProductAnnexChoices>>(v),
                new ValueComparer<List<ProductAnnexChoices>>(
                    (x, y) => AnnexJson.Serialize(x, false) == AnnexJson.Serialize(y, false),
                    v => AnnexJson.Serialize(v, false).GetHashCode(StringComparison.Ordinal),
                    v => AnnexJson.Deserialize<List<ProductAnnexChoices>>(AnnexJson.Serialize(v, false))))
            .HasColumnType("text");
        // The steps of the agreement's life are small records read and written with it: JSON columns.
        builder.Property(a => a.Approval).HasJsonConversion();
        builder.Property(a => a.Signatures).HasJsonListConversion();
        builder.Property(a => a.Ending).HasJsonConversion();
        builder.Property(a => a.Destruction).HasJsonConversion();
        builder.Property(a => a.Acknowledgement).HasJsonConversion();
        builder.Property(a => a.EndReason).HasMaxLength(ProcessingAgreement.ReasonMaxLength);
        builder.PrimitiveCollection(a => a.SchoolIds);
        builder.PrimitiveCollection(a => a.ProductIds);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.ProcessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.BoardId);
        builder.HasIndex(a => a.ProcessorId);
        builder.HasIndex(a => a.OpenOfferId);
    }

    private static void ContactColumns(EntityTypeBuilder<ProcessingAgreement> builder, System.Linq.Expressions.Expression<Func<ProcessingAgreement, ContactPerson?>> property, string prefix) =>
        builder.ComplexProperty(property, c =>
        {
            // Every part of a contact is optional, so a column of its own says whether there is one.
            c.HasDiscriminator();
            c.Property(x => x.Name).HasColumnName(prefix + "Name").HasMaxLength(AnnexInput.ShortText);
            c.Property(x => x.Function).HasColumnName(prefix + "Function").HasMaxLength(AnnexInput.ShortText);
            c.Property(x => x.Email).HasColumnName(prefix + "Email").HasMaxLength(AnnexInput.ShortText);
            c.Property(x => x.Phone).HasColumnName(prefix + "Phone").HasMaxLength(AnnexInput.ShortText);
        });
}

internal sealed class SignedSnapshotConfiguration : IEntityTypeConfiguration<SignedSnapshot>
{
    public void Configure(EntityTypeBuilder<SignedSnapshot> builder)
    {
        builder.ToTable("SignedSnapshots");
        builder.HasKey(s => s.AgreementId);
        builder.Property(s => s.ContentJson).HasColumnType("text");
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Property(s => s.PdfHash).HasMaxLength(64);
        builder.Property(s => s.DocxHash).HasMaxLength(64);
        builder.Property(s => s.ExecutedPdfHash).HasMaxLength(64);
        builder.Ignore(s => s.Hashes);
        builder.HasOne<ProcessingAgreement>().WithOne().HasForeignKey<SignedSnapshot>(s => s.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> builder)
    {
        builder.ToTable("Amendments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ClauseId).HasMaxLength(20);
        builder.Property(a => a.ModelId).HasMaxLength(100);
        builder.Ignore(a => a.Citation);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ProposedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CurrentText).HasColumnType("text");
        builder.Property(a => a.NewText).HasColumnType("text");
        builder.Property(a => a.Reason).HasColumnType("text");
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsOpen);
        builder.HasOne<ProcessingAgreement>().WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.AgreementId);
        builder.OwnsMany(a => a.History, history =>
        {
            history.ToTable("AmendmentEvents");
            // A key of EF's own: with the domain's sequence as key, a new step would look like an existing row.
            history.WithOwner().HasForeignKey("AmendmentId");
            history.Property<long>("Id").ValueGeneratedOnAdd();
            history.HasKey("Id");
            history.HasIndex("AmendmentId", nameof(AmendmentEvent.Sequence)).IsUnique();
            history.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            history.Property(e => e.Party).HasConversion<string>().HasMaxLength(20);
            history.Property(e => e.UserName).HasMaxLength(256);
            history.Property(e => e.NewText).HasColumnType("text");
            history.Property(e => e.Reason).HasColumnType("text");
            history.Property(e => e.Comment).HasColumnType("text");
        });
        builder.Navigation(a => a.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
