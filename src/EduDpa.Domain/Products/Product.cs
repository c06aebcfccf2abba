using System.Diagnostics.CodeAnalysis;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Products;

/// <summary>A digital educational resource (Digitaal Onderwijsmiddel) that a supplier or distributor offers.</summary>
public sealed class Product : IVersioned
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    private Product() { }

    public Guid Id { get; private set; }

    /// <summary>The supplier or distributor that offers the product and owns its data.</summary>
    public Guid SupplierId { get; private set; }

    public string Name { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public int Version { get; private set; }

    public static Product Create(Guid supplierId, ProductDetails details) =>
        new() { Id = Guid.CreateVersion7(), SupplierId = supplierId, Name = details.Name, Description = details.Description, Version = 1 };

    public void Update(ProductDetails details)
    {
        Name = details.Name;
        Description = details.Description;
        Version++;
    }
}

public sealed record ProductInput(string? Name, string? Description);

public sealed record ProductDetails(string Name, string? Description)
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
        details = errors.IsEmpty ? new ProductDetails(name, description) : null;
        return details is not null;
    }
}
