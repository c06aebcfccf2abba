using System.ComponentModel.DataAnnotations;

namespace EduDpa.Web.Features.Products;

public sealed class ProductForm
{
    [Display(Name = "Field.ProductName")]
    public string? Name { get; set; }

    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    public int Version { get; set; }
}
