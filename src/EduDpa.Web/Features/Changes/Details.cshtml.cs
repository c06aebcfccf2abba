using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Changes;

/// <summary>The supplier's view of one change: what it is, and per board whether it reacted, accepted or objected, with the objections.</summary>
[Authorize(Policy = Policies.ProcessorMember)]
public sealed class DetailsModel(NoticeReader reader) : PageModel
{
    [FromRoute]
    public Guid ChangeId { get; set; }

    [FromQuery]
    public NoticeStatus? Status { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ChangeOverview Overview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await reader.OverviewAsync(ChangeId, Status, PageNumber, ct) is not { } overview)
        {
            return NotFound();
        }
        Overview = overview;
        return Page();
    }
}
