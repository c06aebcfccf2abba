using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(OrganisationDetails.NameMaxLength);
        builder.Property(o => o.KvkNumber).HasConversion(v => v.Value, v => KvkNumber.Parse(v)).HasMaxLength(8);
        builder.HasIndex(o => o.KvkNumber).IsUnique();
        builder.Property(o => o.BevoegdGezagNumber).HasConversion(v => v!.Value, v => BevoegdGezagNumber.Parse(v)).HasMaxLength(5);
        builder.Property(o => o.Website).HasConversion(v => v!.ToString(), v => new Uri(v)).HasMaxLength(OrganisationDetails.WebsiteMaxLength);
        builder.ComplexProperty(o => o.Address, address =>
        {
            address.Property(a => a.Street).HasColumnName("Street").HasMaxLength(OrganisationDetails.StreetMaxLength);
            address.Property(a => a.Postcode).HasColumnName("Postcode").HasConversion(v => v.Value, v => Postcode.Parse(v)).HasMaxLength(7);
            address.Property(a => a.City).HasColumnName("City").HasMaxLength(OrganisationDetails.CityMaxLength);
        });
        builder.ComplexProperty(o => o.Convenant, convenant =>
        {
            convenant.Property(c => c.IsMember).HasColumnName("ConvenantMember");
            convenant.Property(c => c.Since).HasColumnName("ConvenantMemberSince");
        });
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasMany(o => o.Schools).WithOne().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Schools).HasField("_schools").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.IsSchoolBoard);
        builder.Ignore(o => o.IsProcessor);
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Schools");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(SchoolDetails.NameMaxLength);
        builder.Property(s => s.Brin).HasConversion(v => v.Value, v => Brin.Parse(v)).HasMaxLength(4);
        builder.HasIndex(s => s.Brin).IsUnique();
    }
}
