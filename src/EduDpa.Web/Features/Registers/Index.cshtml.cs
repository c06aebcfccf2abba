using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Registers;

/// <summary>/registers: the acting organisation's register of processing activities on screen, with its downloads.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(RegisterReader reader, ProcessingRegister register, TenantContext tenant) : PageModel
{
    public bool IsBoard => tenant.Current?.Kind == OrganisationKind.SchoolBoard;

    public string[] Headers { get; private set; } = [];
    public IReadOnlyList<string?[]> Rows { get; private set; } = [];

    /// <summary>The columns shown on screen (all are in the downloads).</summary>
    public static readonly string[] BoardShown = ["Product", "Supplier", "State", "BasisDate", "DataSubjects", "SpecialCategories", "Transfers", "SecurityMeasures"];

    public static readonly string[] SupplierShown = ["Board", "Product", "State", "BasisDate", "Processing", "Transfers", "SecurityMeasures"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var columns = IsBoard ? ProcessingRegister.BoardColumns : ProcessingRegister.SupplierColumns;
        var shown = IsBoard ? BoardShown : SupplierShown;
        IReadOnlyList<string?[]> all;
        if (IsBoard)
        {
            var (products, schools) = await reader.BoardAsync(ct);
            all = register.BoardRows(products, schools);
        }
        else
        {
            var (products, boards) = await reader.SupplierAsync(ct);
            all = register.SupplierRows(products, boards);
        }
        var indexes = shown.Select(c => Array.IndexOf(columns, c)).ToArray();
        Headers = register.Headers(shown);
        Rows = [.. all.Select(row => indexes.Select(i => row[i]).ToArray())];
    }
}
