using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Annexes;

/// <summary>
/// An annex as a document: a published version (for its supplier and for boards with an agreement covering
/// the product), or the draft as it would be published (for its supplier only).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class ViewModel(AnnexWriter writer, AnnexReader reader) : PageModel
{
    [FromRoute]
    public Guid ProductId { get; set; }

    [FromRoute]
    public string Kind { get; set; } = string.Empty;

    [FromRoute(Name = "version")]
    public string Which { get; set; } = string.Empty;

    public AnnexDocument Document { get; private set; } = null!;
    public AnnexVersion? Published { get; private set; }
    public bool IsSupplier { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var kind = AnnexBody.KindOf(Kind)!.Value;
        var annexes = ModelCatalog.Get(ModelCatalog.ModelAgreement40).AgreementParts.Annexes;
        if (Which == "draft")
        {
            if (await writer.LoadAsync(ProductId, kind, cancellationToken) is not { Draft: not null } workspace)
            {
                return NotFound();
            }
            IsSupplier = true;
            Document = kind == AnnexKind.Privacy
                ? AnnexRenderer.Privacy(annexes.Privacy, workspace.Privacy with { General = AnnexPublication.GeneralOf(workspace.Product, workspace.Supplier) }, workspace.Product.Name, board: null)
                : AnnexRenderer.Security(annexes.Security, workspace.Security, workspace.Product.Name, board: null);
            return Page();
        }
        if (!int.TryParse(Which, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || await reader.FindAsync(ProductId, kind, number, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Published = found.Version;
        IsSupplier = await writer.LoadAsync(ProductId, kind, cancellationToken) is not null;
        Document = kind == AnnexKind.Privacy
            ? AnnexRenderer.Privacy(annexes.Privacy, found.Version.PrivacyAnnex(), found.ProductName, board: null)
            : AnnexRenderer.Security(annexes.Security, found.Version.SecurityAnnex(), found.ProductName, board: null);
        return Page();
    }
}
