using EduDpa.Documents;
using EduDpa.Web.Infrastructure.Tenancy;

namespace EduDpa.Web.Features.Analyses;

public sealed record ReportFile(byte[] Bytes, string ContentType, string FileName);

/// <summary>The report of an analysis as a file, for the page's buttons and the API alike; the board variant is the acting board's.</summary>
public sealed class AnalysisReports(TenantContext tenant, TimeProvider clock)
{
    public ReportFile Render(AnalysisView view, bool board, bool docx)
    {
        var input = new AnalysisReportInput(view.Analysis, board ? new BoardDecisionSection(tenant.Current!.Name, view.Decision) : null, clock.GetUtcNow());
        var name = $"analyse-{Slug(view.Analysis.VendorName)}-v{view.Analysis.Number}{(board ? "-bestuur" : string.Empty)}";
        return docx
            ? new ReportFile(AnalysisReport.RenderDocx(input), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx")
            : new ReportFile(AnalysisReport.RenderPdf(input), "application/pdf", name + ".pdf");
    }

    private static string Slug(string text)
    {
        var slug = new string([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }
        return slug.Length > 40 ? slug[..40].Trim('-') : slug;
    }
}
