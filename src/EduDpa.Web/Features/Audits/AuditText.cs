using System.Globalization;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Common;

namespace EduDpa.Web.Features.Audits;

/// <summary>Moments and periods of an audit as the pages and mails show them, in Amsterdam time and the reader's language.</summary>
public static class AuditText
{
    public static string Moment(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, AmsterdamTime.Zone).ToString("g", CultureInfo.CurrentCulture);

    public static string Period(AuditRequest audit) =>
        audit.PlannedTo is { } to
            ? $"{audit.PlannedFrom.ToString("d", CultureInfo.CurrentCulture)} – {to.ToString("d", CultureInfo.CurrentCulture)}"
            : audit.PlannedFrom.ToString("d", CultureInfo.CurrentCulture);
}
