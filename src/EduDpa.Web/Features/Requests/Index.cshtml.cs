using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Requests;

/// <summary>The acting organisation's data subject requests with their due moments, overdue ones marked.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(RequestReader reader, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RequestView> Requests { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Requests = await reader.ListAsync(ct);
    }
}
