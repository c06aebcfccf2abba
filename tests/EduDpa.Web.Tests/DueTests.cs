using System.Net;
using EduDpa.Testing;
using EduDpa.Web.Features.Obligations;

namespace EduDpa.Web.Tests;

/// <summary>What is due, as a list, a page and a calendar feed at a secret, revocable address.</summary>
public sealed class DueTests(SharedApps apps)
{
    [Fact]
    public void The_calendar_feed_escapes_text_folds_long_lines_and_gives_times_in_UTC()
    {
        var item = new DueItem("agreement:1:ConfirmDestruction", "ConfirmDestruction", "Teruggave/vernietiging bevestigen: Rekenroute, Taalkompas; ‘groep 8’ – een heel lange titel die niet op één regel past",
            "Stichting De Linde", new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.FromHours(1)), "/agreements/1");

        var calendar = ICalendar.Write([item], "EduDpa", link => "https://edudpa.example" + link, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("DTEND:20261223T230000Z\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("UID:agreement:1:ConfirmDestruction@edudpa\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("Rekenroute\\, Taalkompas\\;", calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(calendar.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.EndsWith("END:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_return_deadline_is_on_both_lists_and_in_the_calendar_until_the_address_is_revoked(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var agreement = await LifecycleTests.Parties.CreateAsync(app);
        await agreement.SignByBothAsync();
        await agreement.StepAsync(agreement.Supplier.Editor, "end", new { endDate = "2026-11-23", reason = "Licentie opgezegd" });

        var supplierDue = await (await agreement.Supplier.Editor.GetAsync("/api/due")).ReadJsonAsync();
        var item = supplierDue.EnumerateArray().Single(i => i.GetProperty("link").GetString() == $"/agreements/{agreement.AgreementId}");
        Assert.Equal("ConfirmDestruction", item.GetProperty("kind").GetString());
        Assert.Equal("2026-12-24T00:00:00+01:00", item.GetProperty("dueAt").GetString());
        var boardDue = await (await agreement.BoardEditor.GetAsync("/api/due")).ReadJsonAsync();
        Assert.Contains(boardDue.EnumerateArray(), i => i.GetProperty("kind").GetString() == "AwaitDestruction");
        var page = await agreement.BoardEditor.PageAsync("/due");
        Assert.Contains("Bevestiging teruggave/vernietiging verwacht", page.GetElementById("due-items")!.TextContent, StringComparison.Ordinal);

        var created = await agreement.Supplier.Editor.Client.PostJsonAsync("/api/calendar-feeds", new { });
        var url = new Uri((await created.ReadJsonAsync()).GetProperty("url").GetString()!);
        using var calendarApp = WebSession.Anonymous(app);
        var feed = await calendarApp.GetAsync(url.PathAndQuery);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var unfolded = (await feed.Content.ReadAsStringAsync()).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains($"UID:agreement:{agreement.AgreementId}:ConfirmDestruction@edudpa\r\n", unfolded, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/calendar/edudpa_cal_geraden.ics")).StatusCode);

        var mine = await (await agreement.Supplier.Editor.GetAsync("/api/calendar-feeds")).ReadJsonAsync();
        var feedId = mine.EnumerateArray().Last().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await agreement.BoardEditor.Client.DeleteAsync(new Uri($"/api/calendar-feeds/{feedId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await agreement.Supplier.Editor.Client.DeleteAsync(new Uri($"/api/calendar-feeds/{feedId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(url.PathAndQuery)).StatusCode);
    }
}
