using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Transparency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class TransparencyPageConfiguration : IEntityTypeConfiguration<TransparencyPage>
{
    public void Configure(EntityTypeBuilder<TransparencyPage> builder)
    {
        builder.ToTable("TransparencyPages");
        builder.HasKey(p => p.BoardId);
        builder.Property(p => p.BoardId).ValueGeneratedNever();
        builder.Property(p => p.Introduction).HasMaxLength(TransparencyPage.IntroductionMaxLength);
        builder.Property(p => p.ContactName).HasMaxLength(TransparencyPage.ShortTextMaxLength);
        builder.Property(p => p.ContactEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(p => p.ContactPhone).HasMaxLength(PhoneNumber.MaxLength);
        builder.Property(p => p.ContactUrl).HasConversion(v => v!.ToString(), v => new Uri(v)).HasMaxLength(WebAddress.MaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IntroductionParagraphs);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<TransparencyPage>(p => p.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}
