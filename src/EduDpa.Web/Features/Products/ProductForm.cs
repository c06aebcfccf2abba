using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Products;

namespace EduDpa.Web.Features.Products;

/// <summary>A product as the form shows it: what section C of its privacy annex says about it.</summary>
public sealed class ProductForm
{
    /// <summary>Labels the domain's "Name" and "Description" as the product's (Field.Product.Name).</summary>
    public const string Scope = "Product";

    [Display(Name = "Field.Product.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.Product.Description")]
    public string? Description { get; set; }

    [Display(Name = "Field.SupplierUrl")]
    public string? SupplierUrl { get; set; }

    [Display(Name = "Field.ProductUrl")]
    public string? ProductUrl { get; set; }

    public List<Audience> Audience { get; set; } = [];

    public List<ProductUser> Users { get; set; } = [];

    public int Version { get; set; }

    public ProductInput ToInput() => new(Name, Description, SupplierUrl, ProductUrl, Audience, Users);

    public static ProductForm From(Product product) => new()
    {
        Name = product.Name,
        Description = product.Description,
        SupplierUrl = product.SupplierUrl?.ToString(),
        ProductUrl = product.ProductUrl?.ToString(),
        Audience = [.. product.Audience],
        Users = [.. product.Users],
        Version = product.Version,
    };
}
