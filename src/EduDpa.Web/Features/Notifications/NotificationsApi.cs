using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Notifications;

/// <summary>/api/me/notification-preferences: the signed-in person's daily digest, on or off, and the kinds of due items it leaves out.</summary>
public static class NotificationsApi
{
    /// <param name="InDigest">Whether items of this kind are in the digest (false when left out or when the digest is off).</param>
    public sealed record KindResponse(string Kind, string Name, bool InDigest);

    public sealed record PreferencesResponse(bool Digest, IReadOnlyList<string> ExcludedKinds, IReadOnlyList<KindResponse> Kinds);

    public sealed record PreferencesRequest(bool? Digest, IReadOnlyList<string>? ExcludedKinds);

    public static PreferencesResponse Describe(NotificationPreference preference, IReadOnlyList<DueKind> kinds) =>
        new(preference.DigestEnabled, preference.ExcludedKinds, [.. kinds.Select(k => new KindResponse(k.Kind, k.Name, preference.Includes(k.Kind)))]);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/me/notification-preferences").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);
        api.MapGet("", async (NotificationPreferences preferences, CancellationToken ct) => TypedResults.Ok(Describe(await preferences.MineAsync(ct), preferences.Kinds)))
            .WithSummary("Your daily digest: whether you get it, the kinds of due items it leaves out, and every kind you can choose from. Immediate mails (breaches, new notices) always come.");
        api.MapPut("", Save)
            .WithSummary("Sets your daily digest: digest (true or false) and excludedKinds (kinds from GET, left out of the digest). An unknown kind answers 400 naming excludedKinds.");
    }

    private static async Task<Results<Ok<PreferencesResponse>, ValidationProblem>> Save(
        PreferencesRequest request, NotificationPreferences preferences, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var result = await preferences.SaveAsync(request.Digest, request.ExcludedKinds, ct);
        return result.Outcome == WriteOutcome.Saved
            ? TypedResults.Ok(Describe(result.Value!, preferences.Kinds))
            : TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Notifications"), title: t["Api.ValidationFailed"]);
    }
}
