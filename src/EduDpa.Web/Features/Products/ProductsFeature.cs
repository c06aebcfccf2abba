using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Products;

/// <summary>The digital educational resources a supplier or distributor offers. Their annexes arrive with a later capability.</summary>
public sealed class ProductsFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<ProductWriter>();

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => ProductsApi.Map(endpoints);
}
