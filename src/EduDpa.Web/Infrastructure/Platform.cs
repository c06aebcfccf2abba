using System.Text.Json.Serialization;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Http;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace EduDpa.Web.Infrastructure;

/// <summary>What every capability stands on: database, tenancy, audit, mail, languages, pages, API, errors.</summary>
public static class Platform
{
    public static void AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PublicUrl>();
        services.AddScoped<TenantContext>();
        services.AddScoped<IAuthorizationHandler, TenantRequirementHandler>();
        services.AddAuthorizationBuilder().AddEduDpaPolicies();

        builder.AddEduDpaDatabase();
        builder.AddEduDpaMail();
        services.AddEduDpaLocalization();
        services.AddDataProtection().SetApplicationName("EduDpa").PersistKeysToDbContext<EduDpaDbContext>();

        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = "RequestVerificationToken";
            options.Cookie.Name = "EduDpa.Antiforgery";
        });

        // Public pages and open JSON are served from memory per instance (Features/Transparency/PublicCache.cs), compressed.
        services.AddOutputCache();
        services.AddResponseCompression(options =>
        {
            // Only the public pages are compressed (see UsePlatform): they hold no secrets, so compression over HTTPS gives nothing away.
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiDocumentTransformer>());
    }

    public static void UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            // A request the client got wrong (a form without its anti-forgery token) is a 400, not our failure.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseEduDpaLocalization();
        // Before authentication: a cached public page is the same for everyone and needs no session. Compression runs inside
        // the cache, so that a cached entry holds the compressed bytes (the policy varies by the encoding asked for).
        app.UseOutputCache();
        app.UseWhen(context => Features.Transparency.PublicLanguage.IsPublic(context.Request.Path), publicPages => publicPages.UseResponseCompression());
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", options => options
                .WithTitle("EduDpa API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts())
            .AllowAnonymous();
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
