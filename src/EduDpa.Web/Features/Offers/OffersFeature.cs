using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Offers;

/// <summary>Offering a product to many boards at once, following the offers, open offers and the catalogue where boards adopt them.</summary>
public sealed class OffersFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OfferMails>();
        builder.Services.AddScoped<BulkOffer>();
        builder.Services.AddScoped<OfferProgress>();
        builder.Services.AddScoped<OpenOfferWriter>();
        builder.Services.AddScoped<Catalogue>();
        builder.Services.AddScoped<OfferOpenings>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        OffersApi.Map(endpoints);
        CatalogueApi.Map(endpoints);
    }
}
