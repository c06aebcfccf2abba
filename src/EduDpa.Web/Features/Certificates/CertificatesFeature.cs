using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Certificates;

/// <summary>Certificates and third-party statements per product (model art. 7.2 a, 7.7 d): the PDFs, who reads them, reminders before expiry.</summary>
public sealed class CertificatesFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection("Documents"));
        builder.Services.AddScoped<Uploads>();
        builder.Services.AddScoped<CertificateReader>();
        builder.Services.AddScoped<CertificateWriter>();
        builder.Services.AddScoped<IDueItemSource, CertificateDueItems>();
        builder.Services.AddScoped<CertificateReminders>();
        builder.Services.AddScoped<IScheduledMail>(services => services.GetRequiredService<CertificateReminders>());
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => CertificatesApi.Map(endpoints);
}
