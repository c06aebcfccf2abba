using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Agreements;

/// <summary>What the new-draft and edit pages share: the form, its choices, and errors beside their fields.</summary>
public abstract class DraftPage(ValidationMessages messages) : PageModel
{
    [BindProperty]
    public DraftForm Input { get; set; } = new();

    public IReadOnlyList<ProductRow> Products { get; protected set; } = [];
    public IReadOnlyList<SchoolRow> Schools { get; protected set; } = [];
    public bool IsBoard { get; protected set; }

    /// <summary>The products and the contract change only while drafting; after an offer the board completes only its own part.</summary>
    public bool SharedEditable { get; protected set; } = true;

    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    protected void ShowErrors(Domain.Common.ValidationErrors errors) => messages.AddTo(ModelState, "Input", errors, "Agreement");
}
