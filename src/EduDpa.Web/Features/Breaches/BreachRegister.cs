using System.Globalization;
using System.Text;
using EduDpa.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace EduDpa.Web.Features.Breaches;

/// <summary>
/// The register of breaches (art. 8.7) of the acting organisation's agreements: facts, consequences and measures,
/// one row per breach, newest first; on the page and as CSV or XLSX.
/// </summary>
public static class BreachRegister
{
    public static readonly string[] Columns =
    [
        "Id", "Kind", "Board", "Processor", "RecordedAt", "RecordedBy", "DiscoveredAt", "BecameAwareAt", "PeriodFrom", "PeriodTo", "Summary", "Nature",
        "Cause", "HowDiscovered", "Encrypted", "Pupils", "Parents", "Staff", "PersonalData", "SpecialCategories", "Consequences", "HighRisk",
        "MeasuresTaken", "DecisionDue", "Authority", "DataSubjects", "CorrectiveMeasures", "ClosedAt",
        "IncidentId",
    ];

    public static IReadOnlyList<string?[]> Rows(IEnumerable<BreachView> views, IStringLocalizer t) => [.. views.Select(v => Row(v, t))];

    private static string?[] Row(BreachView view, IStringLocalizer t)
    {
        var b = view.Breach;
        string? Yes(bool? value) => value is null ? null : t[value.Value ? "Breach.Yes" : "Breach.No"].Value;
        var authority = b.Authority is not { } a ? null
            : (a.Notified ? t["Breach.Register.Notified", When(a.NotifiedAt) ?? "", a.Reference ?? ""].Value : t["Breach.Register.NotNotified", a.Reason ?? ""].Value)
              + (b.AuthorityDecisionLate ? " " + t["Breach.Late"].Value : "");
        var subjects = b.DataSubjects is not { } d ? null
            : d.Informed ? t["Breach.Register.Informed", When(d.InformedAt) ?? ""].Value : t["Breach.Register.NotInformed", d.Reason ?? ""].Value;
        return
        [
            b.Id.ToString(), t[$"Breach.Kind.{b.Kind}"], view.BoardName, view.ProcessorName, When(b.RecordedAt), b.RecordedByName, When(b.DiscoveredAt), When(b.BecameAwareAt),
            When(b.PeriodFrom), When(b.PeriodTo), b.Summary, string.Join(", ", BreachesApi.Natures(b.Nature).Select(n => t[$"Breach.Nature.{n}"].Value)),
            b.Cause, b.HowDiscovered, t[$"Breach.Encrypted.{b.Encrypted}"], Number(b.Pupils), Number(b.Parents), Number(b.Staff), b.PersonalData, Yes(b.SpecialCategories),
            b.Consequences, Yes(b.HighRisk), b.MeasuresTaken, When(b.DecisionDue), authority, subjects, b.Closure?.CorrectiveMeasures, When(b.Closure?.At),
            b.IncidentId?.ToString(),
        ];
    }

    public static string? When(DateTimeOffset? at) => at is { } moment ? TimeZoneInfo.ConvertTime(moment, AmsterdamTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(string? format, BreachReader reader, IStringLocalizer<SharedResource> t, TimeProvider clock, CancellationToken ct)
    {
        var csv = format is null || format.Equals("csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [t["Breach.Register.Format"]] }, title: t["Api.ValidationFailed"]);
        }
        var headers = Columns.Select(c => t[$"Breach.Column.{c}"].Value).ToArray();
        var rows = Rows(await reader.ListAsync(null, ct), t);
        var name = $"datalekkenregister-{AmsterdamTime.Today(clock):yyyy-MM-dd}";
        return csv
            ? TypedResults.File(Csv(headers, rows), "text/csv; charset=utf-8", name + ".csv")
            : TypedResults.File(Xlsx(headers, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    /// <summary>RFC 4180 with a byte order mark (so Excel reads UTF-8); a cell that a spreadsheet would take for a formula starts with an apostrophe.</summary>
    public static byte[] Csv(string[] headers, IReadOnlyList<string?[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(string? value)
    {
        var cell = value ?? string.Empty;
        if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal))
        {
            cell = "'" + cell;
        }
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    public static byte[] Xlsx(string[] headers, IReadOnlyList<string?[]> rows)
    {
        var sheet = rows.Select(row =>
        {
            var line = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                line[headers[i]] = row[i];
            }
            return line;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "Datalekken");
        return stream.ToArray();
    }
}
