namespace EduDpa.Web.Infrastructure;

/// <summary>
/// A capability of the application (Features/&lt;Capability&gt;/). Its Razor Pages are found by folder;
/// here it adds its services and maps its API endpoints. Program.cs adds each with one call.
/// </summary>
public interface IFeature
{
    static virtual void AddServices(WebApplicationBuilder builder) { }

    static abstract void MapEndpoints(IEndpointRouteBuilder endpoints);
}

public static class FeatureRegistration
{
    private sealed class Registered(List<Action<IEndpointRouteBuilder>> mappers)
    {
        public List<Action<IEndpointRouteBuilder>> Mappers { get; } = mappers;
    }

    public static WebApplicationBuilder AddFeature<TFeature>(this WebApplicationBuilder builder) where TFeature : IFeature
    {
        TFeature.AddServices(builder);
        var registered = builder.Services.LastOrDefault(s => s.ServiceType == typeof(Registered))?.ImplementationInstance as Registered;
        if (registered is null)
        {
            registered = new Registered([]);
            builder.Services.AddSingleton(registered);
        }
        registered.Mappers.Add(TFeature.MapEndpoints);
        return builder;
    }

    public static void MapFeatures(this WebApplication app)
    {
        foreach (var map in app.Services.GetRequiredService<Registered>().Mappers)
        {
            map(app);
        }
    }
}
