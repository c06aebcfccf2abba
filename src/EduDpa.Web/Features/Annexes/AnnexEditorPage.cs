using System.Text;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Conformity;
using EduDpa.Domain.Reference;
using EduDpa.Web.Features.Changes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Annexes;

/// <summary>
/// What the editors of Bijlage 1 and Bijlage 2 share: loading the draft (or where a new one starts from),
/// saving, publishing, throwing the draft away, import and export of annex JSON, and showing the
/// findings of the conformity check next to the fields they concern.
/// </summary>
[Authorize(Policy = Policies.ProcessorEditor)]
public abstract class AnnexEditorPage<TForm>(AnnexWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
    where TForm : class, new()
{
    [FromRoute]
    public Guid ProductId { get; set; }

    [BindProperty]
    public TForm Input { get; set; } = new();

    /// <summary>For a significant change to signed agreements (art. 14.3): the consequences in plain language and the intended date.</summary>
    [BindProperty]
    public PublicationForm Publication { get; set; } = new();

    public AnnexWorkspace Workspace { get; private set; } = null!;

    /// <summary>Set when someone else saved the draft first.</summary>
    public AnnexVersion? Conflict { get; private set; }

    /// <summary>The findings shown: of the saved draft, or of a refused attempt to publish.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>"Privacy." or "Security.": the prefix of this annex's finding fields.</summary>
    protected abstract AnnexKind Kind { get; }

    protected IStringLocalizer<SharedResource> T => t;

    protected abstract TForm FormOf(AnnexWorkspace workspace);

    /// <summary>The posted form as an annex, checked; the draft version it was read at.</summary>
    protected abstract (PrivacyAnnex? Privacy, SecurityAnnex? Security, ValidationErrors Errors, int? DraftVersion) Read();

    protected abstract void SetDraftVersion(int version);

    public string Slug => AnnexBody.Slug(Kind);

    public IEnumerable<SelectListItem> CountryOptions => Countries.All
        .Select(c => new SelectListItem(c.Name(FindingResponse.English), c.Code))
        .OrderBy(i => i.Text, StringComparer.CurrentCulture);

    /// <summary>The findings about <paramref name="field"/> (a path in the form, e.g. "Transfers[0]") or anything inside it.</summary>
    public IReadOnlyList<Finding> FindingsAt(string field)
    {
        var prefix = Kind == AnnexKind.Privacy ? "Privacy." : "Security.";
        return [.. Findings.Where(f =>
        {
            var path = f.Field.StartsWith(prefix, StringComparison.Ordinal) ? f.Field[prefix.Length..] : f.Field;
            return path == field || path.StartsWith(field + ".", StringComparison.Ordinal) || path.StartsWith(field + "[", StringComparison.Ordinal);
        })];
    }

    /// <summary>The findings about row <paramref name="index"/> of <paramref name="list"/> ("Transfers", 0).</summary>
    public IReadOnlyList<Finding> FindingsAt(string list, int index) => FindingsAt($"{list}[{index}]");

    /// <summary>The findings about a list as a whole, not about one of its rows.</summary>
    public IReadOnlyList<Finding> ListFindings(string list) => [.. FindingsAt(list).Where(f => !f.Field.Contains(list + "[", StringComparison.Ordinal))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadWorkspaceAsync(cancellationToken))
        {
            return NotFound();
        }
        Input = FormOf(Workspace);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (!await LoadWorkspaceAsync(cancellationToken))
        {
            return NotFound();
        }
        var name = $"{Slug}-annex-{Workspace.Product.Name}".ToLowerInvariant().Replace(' ', '-');
        return File(Encoding.UTF8.GetBytes(Workspace.Export()), "application/json", $"{string.Concat(name.Where(c => char.IsLetterOrDigit(c) || c == '-'))}-draft.json");
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var (outcome, _) = await SaveAsync(cancellationToken);
        if (outcome is not null)
        {
            return outcome;
        }
        TempData["Status"] = t["Annex.DraftSaved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var (outcome, version) = await SaveAsync(cancellationToken);
        if (outcome is not null)
        {
            return outcome;
        }
        var (result, findings) = await writer.PublishAsync(ProductId, Kind, version, cancellationToken, new PublicationNote(Publication.Explanation, Publication.IntendedDate));
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Annex.Published", result.Value!.Number!.Value].Value;
                return RedirectToPage();
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Stale:
                return await ShowConflictAsync(result.Value!, cancellationToken);
            case WriteOutcome.Invalid when !result.Errors!.ByField.ContainsKey("Content"):
                // The draft is saved; the explanation of a significant change is missing.
                await LoadWorkspaceAsync(cancellationToken);
                Input = FormOf(Workspace);
                ModelState.Clear();
                messages.AddTo(ModelState, "Publication", result.Errors, "Change");
                return Page();
            default:
                // The draft is saved; what stands in the way is in the findings.
                await LoadWorkspaceAsync(cancellationToken);
                Input = FormOf(Workspace);
                Findings = findings;
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, t["Annex.PublishRefusedDetail"]);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        if (!await LoadWorkspaceAsync(cancellationToken))
        {
            return NotFound();
        }
        await writer.DiscardDraftAsync(ProductId, Kind, cancellationToken);
        TempData["Status"] = t["Annex.DraftDiscarded"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadWorkspaceAsync(cancellationToken))
        {
            return NotFound();
        }
        Input = FormOf(Workspace);
        ModelState.Clear();
        if (file is null || file.Length == 0 || file.Length > AnnexBody.MaxBytes)
        {
            ModelState.AddModelError("file", t[file is null || file.Length == 0 ? "Annex.ImportEmpty" : "Annex.ImportTooLarge"]);
            return Page();
        }
        await using var stream = file.OpenReadStream();
        var (json, errors) = await AnnexBody.ParseAsync(stream, cancellationToken);
        PrivacyAnnex? privacy = null;
        SecurityAnnex? security = null;
        if (json is { } element)
        {
            (privacy, security, errors) = AnnexBody.Read(Kind, element);
        }
        if (!errors.IsEmpty)
        {
            foreach (var (field, codes) in errors.ByField)
            {
                foreach (var code in codes)
                {
                    ModelState.AddModelError("file", $"{(field.Length == 0 ? "$" : ValidationMessages.ApiFieldName(field))}: {messages.Describe(field, code)}");
                }
            }
            return Page();
        }
        var result = await writer.SaveDraftAsync(ProductId, Kind, AnnexBody.DraftContent(privacy, security), Workspace.Draft?.Version, cancellationToken);
        if (result.Outcome == WriteOutcome.Stale)
        {
            return await ShowConflictAsync(result.Value!, cancellationToken);
        }
        TempData["Status"] = t["Annex.Imported"].Value;
        return RedirectToPage();
    }

    /// <summary>Saves the posted form as the draft. Returns a response when it was not saved, else the draft's new version.</summary>
    private async Task<(IActionResult? Outcome, int? Version)> SaveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadWorkspaceAsync(cancellationToken))
        {
            return (NotFound(), null);
        }
        var (privacy, security, errors, draftVersion) = Read();
        if (!errors.IsEmpty)
        {
            ModelState.Clear();
            messages.AddTo(ModelState, "Input", errors);
            return (Page(), null);
        }
        var result = await writer.SaveDraftAsync(ProductId, Kind, AnnexBody.DraftContent(privacy, security), draftVersion, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => (null, result.Value!.Version),
            WriteOutcome.NotFound => (NotFound(), null),
            _ => (await ShowConflictAsync(result.Value!, cancellationToken), null),
        };
    }

    private async Task<IActionResult> ShowConflictAsync(AnnexVersion current, CancellationToken cancellationToken)
    {
        await LoadWorkspaceAsync(cancellationToken);
        Conflict = current;
        // The person's input stays on the page; saving again is a conscious choice to replace what is stored.
        if (current.IsDraft)
        {
            SetDraftVersion(current.Version);
        }
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
        return Page();
    }

    protected async Task<bool> LoadWorkspaceAsync(CancellationToken cancellationToken)
    {
        if (await writer.LoadAsync(ProductId, Kind, cancellationToken) is not { } workspace)
        {
            return false;
        }
        Workspace = workspace;
        Findings = workspace.Findings;
        return true;
    }
}

/// <summary>The fields a significant change needs when it is published.</summary>
public sealed class PublicationForm
{
    public string? Explanation { get; set; }
    public DateOnly? IntendedDate { get; set; }
}

/// <summary>What the publication part of an editor shows: the impact on signed agreements and the fields it needs.</summary>
public sealed record PublicationSection(PublicationImpact Impact, PublicationForm Publication);
