using System.Globalization;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Common;
using EduDpa.Domain.Obligations;

namespace EduDpa.Web.Features.Audits;

/// <summary>Moments and periods of an audit as the pages and mails show them, in Amsterdam time and the reader's language.</summary>
public static class AuditText
{
    public static string Moment(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, AmsterdamTime.Zone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A due moment at the end of a day as that day (the 17th at 00:00 is "by the 16th").</summary>
    public static string Due(DateTimeOffset due) => Deadlines.DateIn(due.AddTicks(-1)).ToString("d", CultureInfo.CurrentCulture);

    public static string Period(AuditRequest audit) =>
        audit.PlannedTo is { } to
            ? $"{audit.PlannedFrom.ToString("d", CultureInfo.CurrentCulture)} – {to.ToString("d", CultureInfo.CurrentCulture)}"
            : audit.PlannedFrom.ToString("d", CultureInfo.CurrentCulture);
}
