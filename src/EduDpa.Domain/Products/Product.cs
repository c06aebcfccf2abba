using System.Diagnostics.CodeAnalysis;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Products;

/// <summary>
/// A digital educational resource (Digitaal Onderwijsmiddel) that a supplier or distributor offers. What it
/// says about itself is section C of its privacy annex.
/// </summary>
public sealed class Product : IVersioned
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    private Product() { }

    public Guid Id { get; private set; }

    /// <summary>The supplier or distributor that offers the product and owns its data.</summary>
    public Guid SupplierId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>A short explanation of what the product does and how it works.</summary>
    public string? Description { get; private set; }

    /// <summary>The supplier's website; the organisation's own when not given.</summary>
    public Uri? SupplierUrl { get; private set; }

    public Uri? ProductUrl { get; private set; }

    public List<Audience> Audience { get; private set; } = [];
    public List<ProductUser> Users { get; private set; } = [];
    public int Version { get; private set; }

    public static Product Create(Guid supplierId, ProductDetails details)
    {
        var product = new Product { Id = Guid.CreateVersion7(), SupplierId = supplierId };
        product.Apply(details);
        product.Version = 1;
        return product;
    }

    public void Update(ProductDetails details)
    {
        Apply(details);
        Version++;
    }

    private void Apply(ProductDetails details)
    {
        Name = details.Name;
        Description = details.Description;
        SupplierUrl = details.SupplierUrl;
        ProductUrl = details.ProductUrl;
        Audience = [.. details.Audience ?? []];
        Users = [.. details.Users ?? []];
    }
}

public sealed record ProductInput(
    string? Name,
    string? Description,
    string? SupplierUrl = null,
    string? ProductUrl = null,
    IReadOnlyList<Audience>? Audience = null,
    IReadOnlyList<ProductUser>? Users = null);

public sealed record ProductDetails(
    string Name,
    string? Description,
    Uri? SupplierUrl = null,
    Uri? ProductUrl = null,
    IReadOnlyList<Audience>? Audience = null,
    IReadOnlyList<ProductUser>? Users = null)
{
    public static bool TryCreate(ProductInput input, [NotNullWhen(true)] out ProductDetails? details, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        var name = Text.Required(input.Name, nameof(input.Name), Product.NameMaxLength, errors);
        var description = input.Description?.Trim() is { Length: > 0 } d ? d : null;
        if (description?.Length > Product.DescriptionMaxLength)
        {
            errors.Add(nameof(input.Description), ValidationCodes.TooLong);
        }
        var supplierUrl = Url(input.SupplierUrl, nameof(input.SupplierUrl), errors);
        var productUrl = Url(input.ProductUrl, nameof(input.ProductUrl), errors);
        details = errors.IsEmpty
            ? new ProductDetails(name, description, supplierUrl, productUrl, [.. (input.Audience ?? []).Distinct().Order()], [.. (input.Users ?? []).Distinct().Order()])
            : null;
        return details is not null;
    }

    private static Uri? Url(string? input, string field, ValidationErrors errors)
    {
        var text = Text.Clean(input);
        if (text is null)
        {
            return null;
        }
        if (!WebAddress.TryParse(text, out var uri))
        {
            errors.Add(field, ValidationCodes.WebsiteFormat);
        }
        return uri;
    }
}
