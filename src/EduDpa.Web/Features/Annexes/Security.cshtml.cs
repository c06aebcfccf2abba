using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Annexes;

/// <summary>The supplier fills in Bijlage 2 (Beveiligingsbijlage) of a product: the standard measures, the ROSA table, breach information.</summary>
public sealed class SecurityModel(AnnexWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t)
    : AnnexEditorPage<SecurityAnnexForm>(writer, messages, t)
{
    public static readonly SecurityAnnexTemplate Template = ModelCatalog.Get(ModelCatalog.ModelAgreement40).AgreementParts.Annexes.Security;

    protected override AnnexKind Kind => AnnexKind.Security;

    protected override SecurityAnnexForm FormOf(AnnexWorkspace workspace) => SecurityAnnexForm.From(workspace.Security, Template, workspace.Draft?.Version);

    protected override (PrivacyAnnex?, SecurityAnnex?, ValidationErrors, int?) Read()
    {
        var valid = AnnexInput.TrySecurity(Input.ToAnnex(), out var annex, out var errors);
        return (null, valid ? annex : null, errors, Input.DraftVersion);
    }

    protected override void SetDraftVersion(int version) => Input.DraftVersion = version;

    public IEnumerable<SelectListItem> FormOptions => Enum.GetValues<AssessmentForm>().Select(f => new SelectListItem(AnnexLabels.Of(f), f.ToString()));

    public IEnumerable<SelectListItem> LevelOptions => Enum.GetValues<BivLevel>().Select(l => new SelectListItem(T[$"BivLevel.{l}"], l.ToString()));

    public IEnumerable<SelectListItem> ComplianceOptions => Enum.GetValues<Compliance>().Select(c => new SelectListItem(AnnexLabels.Of(c), c.ToString()));
}
