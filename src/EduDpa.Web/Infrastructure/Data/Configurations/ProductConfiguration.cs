using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(Product.NameMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Product.DescriptionMaxLength);
        builder.Property(p => p.SupplierUrl).HasConversion(v => v!.ToString(), v => new Uri(v)).HasMaxLength(WebAddress.MaxLength);
        builder.Property(p => p.ProductUrl).HasConversion(v => v!.ToString(), v => new Uri(v)).HasMaxLength(WebAddress.MaxLength);
        builder.PrimitiveCollection(p => p.Audience).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(p => p.Users).ElementType().HasConversion<string>();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.SupplierId, p.Name });
    }
}

internal sealed class AnnexVersionConfiguration : IEntityTypeConfiguration<AnnexVersion>
{
    public void Configure(EntityTypeBuilder<AnnexVersion> builder)
    {
        builder.ToTable("AnnexVersions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Content).HasColumnType("text");
        builder.Property(a => a.ProductName).HasMaxLength(Product.NameMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsDraft);
        builder.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ProductId, a.Kind, a.Number }).IsUnique();
        // One draft per product and kind: two people starting one at the same moment get one draft, not two.
        builder.HasIndex(a => new { a.ProductId, a.Kind }).IsUnique().HasFilter("\"Number\" IS NULL").HasDatabaseName("IX_AnnexVersions_OneDraft");
        builder.HasIndex(a => a.SupplierId);
    }
}
