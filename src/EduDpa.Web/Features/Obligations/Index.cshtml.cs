using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Obligations;

/// <summary>What is due: every open duty, soonest first, overdue and due within a week marked; and the calendar subscriptions.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(DueList due, CalendarFeeds feeds, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DueItem> Items { get; private set; } = [];
    public IReadOnlyList<CalendarFeedRow> Feeds { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    /// <summary>The address of a subscription just created, shown this once.</summary>
    public string? NewFeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken ct)
    {
        NewFeedUrl = await feeds.CreateAsync(ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid feedId, CancellationToken ct)
    {
        await feeds.RevokeAsync(feedId, ct);
        return Redirect("/due");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Items = await due.AllAsync(ct);
        Feeds = await feeds.MineAsync(ct);
    }
}
