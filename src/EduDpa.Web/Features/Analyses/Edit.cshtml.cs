using EduDpa.Domain.Analyses;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Analyses;

[Authorize(Policy = Policies.Analyst)]
public sealed class EditModel(AnalysisWriter writer, AnalysisReader reader, EduDpaDbContext db, ValidationMessages messages, IStringLocalizer<SharedResource> t)
    : AnalysisEditorPage(writer, db, messages, t)
{
    [FromRoute]
    public Guid AnalysisId { get; set; }

    protected override Guid? DraftId => AnalysisId;

    public TermsAnalysis? Analysis { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Analysis = await reader.FindAsync(AnalysisId, ct);
        if (Analysis is null)
        {
            return NotFound();
        }
        if (Analysis.State != AnalysisState.Draft)
        {
            return Redirect($"/analyses/{AnalysisId}");
        }
        Input = AnalysisForm.From(Analysis);
        await LoadVendorsAsync(ct);
        return Page();
    }
}
