using System.ComponentModel.DataAnnotations;

namespace EduDpa.Web.Features.Products;

public sealed class ProductForm
{
    /// <summary>Labels the domain's "Name" and "Description" as the product's (Field.Product.Name).</summary>
    public const string Scope = "Product";

    [Display(Name = "Field.Product.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    public int Version { get; set; }
}
