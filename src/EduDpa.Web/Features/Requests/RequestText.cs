using EduDpa.Domain.Common;
using EduDpa.Domain.Obligations;

namespace EduDpa.Web.Features.Requests;

/// <summary>Moments as people read them (Amsterdam time), and the dates the forms give turned into moments.</summary>
public static class RequestText
{
    /// <summary>A due moment is the end of a day: shown as that day ("uiterlijk 21-12-2026").</summary>
    public static string Due(DateTimeOffset due) => Deadlines.DateIn(due.AddTicks(-1)).ToString("d", System.Globalization.CultureInfo.CurrentCulture);

    public static string Moment(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, AmsterdamTime.Zone).ToString("g", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A date from a form: today is now, an earlier day its last moment (still within a term ending that day), a later day lies in the future.</summary>
    public static DateTimeOffset? FromDate(DateOnly? date, TimeProvider clock)
    {
        if (date is not { } day)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        return day == AmsterdamTime.Today(clock) ? now : Deadlines.EndOf(day).AddTicks(-1);
    }
}
