using EduDpa.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EduDpa.Web.Features.Transparency;

/// <summary>
/// Transparency for pupils and parents (convenant art. 7.1, 7.2): each board's public page and its schools' pages, the
/// same as open JSON, output-cached and evicted when what they show changes; the board's settings of its page.
/// </summary>
public sealed class TransparencyFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<IProductsInUseSource, AgreementProductsInUse>();
        services.AddScoped<IProductsInUseSource, VendorTermsDecisionsInUse>();
        services.AddScoped<AgreementProductsInUse>();
        services.AddScoped<ProductsInUse>();
        services.AddScoped<PublicReader>();
        services.AddScoped<TransparencyWriter>();
        services.AddSingleton<IInterceptor, PublicCacheEviction>();
        services.Configure<OutputCacheOptions>(options => options.AddPolicy(PublicCachePolicy.Name, new PublicCachePolicy()));
        // After the platform set its providers: the public pages choose their language first (see PublicLanguage).
        services.PostConfigure<RequestLocalizationOptions>(options => options.RequestCultureProviders.Insert(0, new PublicLanguage()));
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => TransparencyApi.Map(endpoints);
}
