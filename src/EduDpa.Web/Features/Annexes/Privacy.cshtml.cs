using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Annexes;

/// <summary>The supplier fills in Bijlage 1 (Privacybijsluiter) of a product, section by section.</summary>
public sealed class PrivacyModel(AnnexWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t)
    : AnnexEditorPage<PrivacyAnnexForm>(writer, messages, t)
{
    public static readonly PrivacyAnnexTemplate Template = ModelCatalog.Get(ModelCatalog.ModelAgreement40).AgreementParts.Annexes.Privacy;

    protected override AnnexKind Kind => AnnexKind.Privacy;

    protected override PrivacyAnnexForm FormOf(AnnexWorkspace workspace) => PrivacyAnnexForm.From(workspace.Privacy, workspace.Draft?.Version);

    protected override (PrivacyAnnex?, SecurityAnnex?, ValidationErrors, int?) Read()
    {
        Input.DropEmptyRows();
        var valid = AnnexInput.TryPrivacy(Input.ToAnnex(), out var annex, out var errors);
        return (valid ? annex : null, null, errors, Input.DraftVersion);
    }

    protected override void SetDraftVersion(int version) => Input.DraftVersion = version;

    public IEnumerable<SelectListItem> ServiceOptions =>
        Input.EssentialServices.Concat(Input.OptionalServices)
            .Where(s => !string.IsNullOrWhiteSpace(s.Description))
            .Select(s => new SelectListItem(s.Description, s.Id));

    public IEnumerable<SelectListItem> SafeguardOptions =>
        Enum.GetValues<Safeguard>().Select(s => new SelectListItem(T[$"Safeguard.{s}"], s.ToString()));

    /// <summary>Every data category of F1 with its data subject, for a sub-processor's list.</summary>
    public IEnumerable<SelectListItem> CategoryOptions => Template.DataCategoryTables.SelectMany(table =>
    {
        var group = new SelectListGroup { Name = table.DataSubject.Replace("Betrokkene: ", string.Empty, StringComparison.Ordinal) };
        return table.Rows.Select(row => new SelectListItem(row.IsOther || row.Specification.Length == 0 ? row.Category.TrimEnd('*') : $"{row.Category.TrimEnd('*')}: {row.Specification}", row.Id) { Group = group });
    });

    public async Task<IActionResult> OnPostAddRowAsync(string list, CancellationToken cancellationToken)
    {
        if (!await LoadWorkspaceAsync(cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        switch (list)
        {
            case nameof(PrivacyAnnexForm.EssentialServices): Input.EssentialServices.Add(new ServiceForm { Id = PrivacyAnnexForm.NewId("d") }); break;
            case nameof(PrivacyAnnexForm.OptionalServices): Input.OptionalServices.Add(new ServiceForm { Id = PrivacyAnnexForm.NewId("o") }); break;
            case nameof(PrivacyAnnexForm.Locations): Input.Locations.Add(new LocationForm()); break;
            case nameof(PrivacyAnnexForm.Transfers): Input.Transfers.Add(new TransferForm { Id = PrivacyAnnexForm.NewId("t") }); break;
            case nameof(PrivacyAnnexForm.SubProcessors): Input.SubProcessors.Add(new SubProcessorForm()); break;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveRowAsync(string list, int index, CancellationToken cancellationToken)
    {
        if (!await LoadWorkspaceAsync(cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        void Remove<T>(List<T> rows)
        {
            if (index >= 0 && index < rows.Count)
            {
                rows.RemoveAt(index);
            }
        }
        switch (list)
        {
            case nameof(PrivacyAnnexForm.EssentialServices): Remove(Input.EssentialServices); break;
            case nameof(PrivacyAnnexForm.OptionalServices): Remove(Input.OptionalServices); break;
            case nameof(PrivacyAnnexForm.Locations): Remove(Input.Locations); break;
            case nameof(PrivacyAnnexForm.Transfers): Remove(Input.Transfers); break;
            case nameof(PrivacyAnnexForm.SubProcessors): Remove(Input.SubProcessors); break;
        }
        return Page();
    }
}
