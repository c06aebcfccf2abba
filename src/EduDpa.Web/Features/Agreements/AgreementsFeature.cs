using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Agreements;

/// <summary>Processing agreements from the model: drafting between a school board and a processor, and Bijlage 3 amendments.</summary>
public sealed class AgreementsFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Counterparties>();
        builder.Services.AddScoped<AgreementReader>();
        builder.Services.AddScoped<AgreementWriter>();
        builder.Services.AddScoped<AmendmentWriter>();
        builder.Services.AddScoped<BoardPartWriter>();
        builder.Services.AddScoped<Signing.LifecycleWriter>();
        builder.Services.AddScoped<Signing.AgreementMail>();
        builder.Services.AddScoped<Signing.Answers>();
        builder.Services.AddScoped<Obligations.IDueItemSource, AgreementDueItems>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AgreementsApi.Map(endpoints);
        BoardPartApi.Map(endpoints);
        Signing.LifecycleApi.Map(endpoints);
    }
}
