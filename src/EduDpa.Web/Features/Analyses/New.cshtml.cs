using EduDpa.Domain.Models;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Analyses;

[Authorize(Policy = Policies.Analyst)]
public sealed class NewModel(AnalysisWriter writer, EduDpaDbContext db, ValidationMessages messages, IStringLocalizer<SharedResource> t)
    : AnalysisEditorPage(writer, db, messages, t)
{
    protected override Guid? DraftId => null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new AnalysisForm { Frameworks = [ModelCatalog.ModelAgreement40] };
        await LoadVendorsAsync(ct);
    }
}
