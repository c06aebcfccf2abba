using System.Globalization;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

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
        if (!Spreadsheet.TryFormat(format, out var csv))
        {
            return Spreadsheet.FormatProblem(t);
        }
        var headers = Columns.Select(c => t[$"Breach.Column.{c}"].Value).ToArray();
        var rows = Rows(await reader.ListAsync(null, ct), t);
        return Spreadsheet.File(csv, $"datalekkenregister-{AmsterdamTime.Today(clock):yyyy-MM-dd}", "Datalekken", headers, rows);
    }
}
