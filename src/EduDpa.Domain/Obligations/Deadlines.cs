using EduDpa.Domain.Common;

namespace EduDpa.Domain.Obligations;

/// <summary>Where a duty stands at a moment: open, due within <see cref="Deadlines.SoonDays"/> days, or past its due moment.</summary>
public enum DueStatus
{
    Open = 1,
    DueSoon = 2,
    Overdue = 3,
}

/// <summary>
/// The deadlines the agreement and the AVG set, as moments. A term in days, weeks or months runs in Dutch
/// calendar days (Europe/Amsterdam) and ends when its last day ends, whatever the daylight-saving time; a term
/// in hours is elapsed time. Every due moment is returned with Amsterdam's offset of that moment.
/// </summary>
public static class Deadlines
{
    /// <summary>Art. 11.2: six weeks to object to a new sub-processor.</summary>
    public const int ObjectionDays = 42;

    /// <summary>AVG art. 33: the board decides on notifying the Autoriteit Persoonsgegevens within 72 hours of becoming aware.</summary>
    public static readonly TimeSpan BreachDecision = TimeSpan.FromHours(72);

    /// <summary>AVG art. 12.3: a data subject request is answered within one month, extendable by two further months.</summary>
    public const int RequestMonths = 1;
    public const int RequestExtensionMonths = 2;

    /// <summary>How close a due moment is before it is marked as due soon.</summary>
    public const int SoonDays = 7;

    /// <summary>The last day of the objection period is the 42nd day after the day of the written notice.</summary>
    public static DateTimeOffset ObjectionPeriodEnds(DateTimeOffset noticeGiven) => EndOf(DateIn(noticeGiven).AddDays(ObjectionDays));

    public static DateTimeOffset BreachDecisionDue(DateTimeOffset becameAware) => InAmsterdam(becameAware + BreachDecision);

    /// <summary>
    /// One month after the day of receipt, the same day of the month or, where that month is shorter, its last day
    /// (31 January → 28 or 29 February); extended, three months after receipt.
    /// </summary>
    public static DateTimeOffset RequestDue(DateTimeOffset received, bool extended = false) =>
        EndOf(DateIn(received).AddMonths(RequestMonths + (extended ? RequestExtensionMonths : 0)));

    /// <summary>A term agreed in days (such as art. 12.2's for return and destruction) from a day on.</summary>
    public static DateTimeOffset AgreedTermEnds(DateOnly from, int days) => EndOf(from.AddDays(days));

    /// <summary>A certificate or statement is valid through its last day.</summary>
    public static DateTimeOffset CertificateExpires(DateOnly validTo) => EndOf(validTo);

    public static DueStatus StatusAt(DateTimeOffset due, DateTimeOffset now) =>
        now >= due ? DueStatus.Overdue : due - now <= TimeSpan.FromDays(SoonDays) ? DueStatus.DueSoon : DueStatus.Open;

    /// <summary>The day a moment falls on in Amsterdam.</summary>
    public static DateOnly DateIn(DateTimeOffset moment) => DateOnly.FromDateTime(InAmsterdam(moment).DateTime);

    /// <summary>The moment a day ends in Amsterdam: midnight at the start of the next day (which always exists; clocks change at 02:00 and 03:00).</summary>
    public static DateTimeOffset EndOf(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, AmsterdamTime.Zone.GetUtcOffset(midnight));
    }

    private static DateTimeOffset InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, AmsterdamTime.Zone);
}
