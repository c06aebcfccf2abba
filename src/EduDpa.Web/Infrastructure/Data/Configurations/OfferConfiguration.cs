using EduDpa.Domain.Agreements;
using EduDpa.Domain.Offers;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class OpenOfferConfiguration : IEntityTypeConfiguration<OpenOffer>
{
    public void Configure(EntityTypeBuilder<OpenOffer> builder)
    {
        builder.ToTable("OpenOffers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.ModelId).HasMaxLength(100);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.IsOpen);
        builder.ComplexProperty(o => o.ProcessorRepresentative, r =>
        {
            r.Property(x => x.Name).HasColumnName("RepresentativeName").HasMaxLength(Representative.MaxLength);
            r.Property(x => x.Function).HasColumnName("RepresentativeFunction").HasMaxLength(Representative.MaxLength);
        });
        builder.ComplexProperty(o => o.Contract, c =>
        {
            c.Property(x => x.Date).HasColumnName("ContractDate");
            c.Property(x => x.Description).HasColumnName("ContractDescription").HasMaxLength(UnderlyingContract.DescriptionMaxLength);
            c.Property(x => x.ReturnTermDays).HasColumnName("ReturnTermDays");
        });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ProcessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.ProductId);
    }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<Email.OutgoingMail>
{
    public void Configure(EntityTypeBuilder<Email.OutgoingMail> builder)
    {
        builder.ToTable("OutgoingMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.IdempotencyKey).HasMaxLength(Email.OutgoingMail.KeyMaxLength);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.Body).HasColumnType("text");
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => m.SentAt);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<Features.Obligations.CalendarFeed>
{
    public void Configure(EntityTypeBuilder<Features.Obligations.CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.UserId);
    }
}
