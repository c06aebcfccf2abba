using EduDpa.Domain.Products;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Products;

/// <summary>The acting supplier's products. The tenant filter makes other suppliers' products invisible here.</summary>
public sealed class ProductWriter(EduDpaDbContext db, TenantContext tenant)
{
    public IQueryable<Product> Mine => db.Products.OrderBy(p => p.Name);

    public Task<Product?> FindAsync(Guid productId, CancellationToken cancellationToken) =>
        db.Products.FirstOrDefaultAsync(p => p.Id == productId, cancellationToken);

    public async Task<WriteResult<Product>> CreateAsync(ProductInput input, CancellationToken cancellationToken)
    {
        if (!ProductDetails.TryCreate(input, out var details, out var errors))
        {
            return WriteResult<Product>.Invalid(errors);
        }
        var product = Product.Create(tenant.CurrentOrganisationId!.Value, details);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult<Product>.Saved(product);
    }

    public async Task<WriteResult<Product>> UpdateAsync(Guid productId, ProductInput input, int version, CancellationToken cancellationToken)
    {
        var product = await FindAsync(productId, cancellationToken);
        if (product is null)
        {
            return WriteResult<Product>.NotFound();
        }
        if (product.Version != version)
        {
            return WriteResult<Product>.Stale(product);
        }
        if (!ProductDetails.TryCreate(input, out var details, out var errors))
        {
            return WriteResult<Product>.Invalid(errors);
        }
        product.Update(details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult<Product>.Saved(product);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, cancellationToken);
            return current is null ? WriteResult<Product>.NotFound() : WriteResult<Product>.Stale(current);
        }
    }
}
