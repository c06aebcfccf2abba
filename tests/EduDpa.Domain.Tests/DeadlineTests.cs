using EduDpa.Domain.Common;
using EduDpa.Domain.Obligations;

namespace EduDpa.Domain.Tests;

/// <summary>
/// The deadline engine, checked as properties over every day of 2023–2029 at moments around midnight and
/// noon (so across each daylight-saving change, every month end and the leap days of 2024 and 2028), and on
/// the examples a privacy officer would check by hand.
/// </summary>
public sealed class DeadlineTests
{
    private static readonly TimeSpan[] TimesOfDayUtc = [TimeSpan.FromMinutes(30), TimeSpan.FromHours(12), new TimeSpan(22, 59, 59), new TimeSpan(23, 30, 0)];

    /// <summary>Every day from 2023 to 2029, at several moments, as instants.</summary>
    private static IEnumerable<DateTimeOffset> Moments()
    {
        for (var day = new DateOnly(2023, 1, 1); day <= new DateOnly(2029, 12, 31); day = day.AddDays(1))
        {
            foreach (var time in TimesOfDayUtc)
            {
                yield return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + time;
            }
        }
    }

    private static void AssertAmsterdamMidnight(DateTimeOffset due)
    {
        Assert.Equal(TimeSpan.Zero, due.TimeOfDay);
        Assert.Equal(AmsterdamTime.Zone.GetUtcOffset(due), due.Offset);
    }

    [Fact]
    public void The_objection_period_ends_when_the_42nd_day_after_the_notice_ends_in_Amsterdam()
    {
        foreach (var notice in Moments())
        {
            var due = Deadlines.ObjectionPeriodEnds(notice);

            AssertAmsterdamMidnight(due);
            Assert.Equal(Deadlines.DateIn(notice).AddDays(43), DateOnly.FromDateTime(due.DateTime));
            Assert.InRange(due - notice, TimeSpan.FromDays(42) - TimeSpan.FromHours(1), TimeSpan.FromDays(43) + TimeSpan.FromHours(1));
        }
    }

    [Fact]
    public void The_breach_decision_is_due_72_elapsed_hours_after_awareness_even_across_a_clock_change()
    {
        foreach (var aware in Moments())
        {
            var due = Deadlines.BreachDecisionDue(aware);

            Assert.Equal(TimeSpan.FromHours(72), due - aware);
            Assert.Equal(AmsterdamTime.Zone.GetUtcOffset(due), due.Offset);
        }
        // Aware on Friday 27 March 2026 at 10:00; the clocks go forward that Sunday: due Monday 11:00 summer time.
        var friday = new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 11, 0, 0, TimeSpan.FromHours(2)), Deadlines.BreachDecisionDue(friday));
    }

    [Fact]
    public void A_request_is_due_one_month_later_on_the_same_day_or_the_last_day_of_a_shorter_month()
    {
        foreach (var received in Moments())
        {
            var day = Deadlines.DateIn(received);
            var due = Deadlines.RequestDue(received);
            var lastDay = DateOnly.FromDateTime(due.DateTime).AddDays(-1);

            AssertAmsterdamMidnight(due);
            Assert.Equal(day.Month % 12 + 1, lastDay.Month);
            Assert.Equal(Math.Min(day.Day, DateTime.DaysInMonth(lastDay.Year, lastDay.Month)), lastDay.Day);
            Assert.True(Deadlines.RequestDue(received, extended: true) > due);
        }
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-28", "2026-04-30")]
    [InlineData("2028-01-31", "2028-02-29", "2028-04-30")]
    [InlineData("2026-03-31", "2026-04-30", "2026-06-30")]
    [InlineData("2026-12-15", "2027-01-15", "2027-03-15")]
    public void Month_ends_and_leap_years(string receivedOn, string lastDay, string extendedLastDay)
    {
        var received = new DateTimeOffset(DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(1));

        Assert.Equal(Deadlines.EndOf(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture)), Deadlines.RequestDue(received));
        Assert.Equal(Deadlines.EndOf(DateOnly.Parse(extendedLastDay, System.Globalization.CultureInfo.InvariantCulture)), Deadlines.RequestDue(received, extended: true));
    }

    [Fact]
    public void A_day_ends_at_midnight_in_Amsterdam_in_winter_and_in_summer_time()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(1)), Deadlines.EndOf(new DateOnly(2026, 3, 28)));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.FromHours(2)), Deadlines.EndOf(new DateOnly(2026, 3, 29)));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.FromHours(1)), Deadlines.EndOf(new DateOnly(2026, 10, 25)));
        // A notice at 23:30 UTC on 23 November is already 24 November in Amsterdam.
        Assert.Equal(new DateOnly(2026, 11, 24), Deadlines.DateIn(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Agreed_terms_and_certificates_run_through_their_last_day()
    {
        Assert.Equal(Deadlines.EndOf(new DateOnly(2026, 12, 31)), Deadlines.AgreedTermEnds(new DateOnly(2026, 12, 1), 30));
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)), Deadlines.CertificateExpires(new DateOnly(2027, 6, 30)));
    }

    [Fact]
    public void A_due_moment_is_open_then_due_soon_then_overdue()
    {
        var due = Deadlines.EndOf(new DateOnly(2026, 12, 31));

        Assert.Equal(DueStatus.Open, Deadlines.StatusAt(due, due - TimeSpan.FromDays(8)));
        Assert.Equal(DueStatus.DueSoon, Deadlines.StatusAt(due, due - TimeSpan.FromDays(7)));
        Assert.Equal(DueStatus.DueSoon, Deadlines.StatusAt(due, due - TimeSpan.FromTicks(1)));
        Assert.Equal(DueStatus.Overdue, Deadlines.StatusAt(due, due));
    }
}
