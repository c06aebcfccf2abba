using EduDpa.Domain.Obligations;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Obligations;

/// <summary>/api/due: what the acting organisation has to do, soonest first; /calendar/{secret}.ics: the same as a calendar feed.</summary>
public static class ObligationsApi
{
    public sealed record DueRow(string Key, string Kind, string Title, string Counterparty, DateTimeOffset DueAt, DueStatus Status, string Link);

    public sealed record CreatedFeed(string Url);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/due", async (DueList due, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            return TypedResults.Ok((await due.AllAsync(ct)).Select(i => new DueRow(i.Key, i.Kind, i.Title, i.Counterparty, i.DueAt, i.StatusAt(now), i.Link)).ToList());
        }).WithTags("Obligations").RequireAuthorization(Policies.Member)
            .WithSummary("Every open duty with a deadline of the acting organisation, soonest first, with its status (Open, DueSoon within 7 days, Overdue).");

        var feeds = endpoints.MapGroup("/api/calendar-feeds").WithTags("Obligations").RequireAuthorization(Policies.Member);
        feeds.MapGet("", (CalendarFeeds f, CancellationToken ct) => f.MineAsync(ct)).WithSummary("Your calendar subscriptions for the acting organisation.");
        feeds.MapPost("", async (CalendarFeeds f, CancellationToken ct) => TypedResults.Created((string?)null, new CreatedFeed(await f.CreateAsync(ct))))
            .WithSummary("A new calendar subscription; its secret address is returned this once.");
        feeds.MapDelete("/{feedId:guid}", async Task<Results<NoContent, NotFound>> (Guid feedId, CalendarFeeds f, CancellationToken ct) =>
            await f.RevokeAsync(feedId, ct) ? TypedResults.NoContent() : TypedResults.NotFound()).WithSummary("Revokes a subscription: its address stops working.");

        endpoints.MapGet("/calendar/{secret}.ics", Feed).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>For calendar apps, which cannot sign in: the secret in the address is the credential.</summary>
    private static async Task<Results<ContentHttpResult, NotFound>> Feed(
        string secret, CalendarFeeds feeds, DueList due, TenantContext tenant, PublicUrl publicUrl, TimeProvider clock, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (!secret.StartsWith(CalendarFeeds.Prefix, StringComparison.Ordinal) || !await feeds.ActAsOwnerAsync(secret, ct))
        {
            return TypedResults.NotFound();
        }
        var calendar = ICalendar.Write(await due.AllAsync(ct), $"EduDpa – {tenant.Current!.Name}", publicUrl.For, clock.GetUtcNow());
        return TypedResults.Text(calendar, "text/calendar; charset=utf-8");
    }
}
