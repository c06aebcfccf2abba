using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EduDpa.Web.Infrastructure.Localization;

/// <summary>
/// Dutch first, English second. The language comes from the cookie set by the language switch;
/// API clients may also ask with Accept-Language. Pages ignore the browser's Accept-Language so
/// that everyone starts in Dutch.
/// </summary>
public static class LocalizationSetup
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly CultureInfo[] Supported = [Dutch, English];

    /// <summary>Whether the current request (or mail) is in English: the one question texts that exist in both languages ask.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static void AddEduDpaLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<ValidationMessages>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Dutch);
            options.SupportedCultures = Supported;
            options.SupportedUICultures = Supported;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var t = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["Binding.Invalid", value, field]);
            messages.SetValueIsInvalidAccessor(value => t["Binding.InvalidValue", value]);
            messages.SetValueMustBeANumberAccessor(field => t["Binding.Number", field]);
            messages.SetMissingBindRequiredValueAccessor(field => t["Binding.Required", field]);
            messages.SetMissingKeyOrValueAccessor(() => t["Binding.RequiredValue"]);
            messages.SetValueMustNotBeNullAccessor(field => t["Binding.Required", field]);
            messages.SetUnknownValueIsInvalidAccessor(field => t["Binding.InvalidField", field]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["Binding.InvalidValue", value]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Binding.RequiredValue"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Binding.NumberValue"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => t["Binding.RequiredValue"]);
        });
    }

    public static void UseEduDpaLocalization(this WebApplication app) =>
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);

    /// <summary>The value of the culture cookie for a language code ("nl" or "en").</summary>
    public static CultureInfo ForLanguage(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;

    private sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            httpContext.Request.Path.StartsWithSegments("/api")
                ? base.DetermineProviderCultureResult(httpContext)
                : NullProviderCultureResult;
    }
}
