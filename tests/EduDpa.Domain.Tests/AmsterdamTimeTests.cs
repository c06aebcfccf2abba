using EduDpa.Domain.Common;

namespace EduDpa.Domain.Tests;

public sealed class AmsterdamTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("2026-06-30T21:59:59Z", "2026-06-30")] // summer time: UTC+2
    [InlineData("2026-06-30T22:00:00Z", "2026-07-01")]
    [InlineData("2026-12-31T22:59:59Z", "2026-12-31")] // winter time: UTC+1
    [InlineData("2026-12-31T23:00:00Z", "2027-01-01")]
    public void Today_is_the_date_in_the_Netherlands_whatever_the_server_zone(string utc, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            AmsterdamTime.Today(new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture))));
}
