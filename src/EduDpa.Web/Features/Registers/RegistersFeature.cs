using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Registers;

/// <summary>The registers of processing activities (AVG art. 30.1 for boards, 30.2 for suppliers) and the board's questions across its suppliers.</summary>
public sealed class RegistersFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RegisterReader>();
        builder.Services.AddScoped<ProcessingRegister>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => RegistersApi.Map(endpoints);
}
