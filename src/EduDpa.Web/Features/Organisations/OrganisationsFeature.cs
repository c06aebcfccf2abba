using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Organisations;

/// <summary>School boards with their schools, suppliers and distributors, managed by the platform administrator.</summary>
public sealed class OrganisationsFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<OrganisationWriter>();

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => OrganisationsApi.Map(endpoints);
}
