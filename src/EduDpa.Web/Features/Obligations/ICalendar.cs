using System.Globalization;
using System.Text;

namespace EduDpa.Web.Features.Obligations;

/// <summary>Due items as an iCalendar (RFC 5545) feed: one event per due moment, ending at it.</summary>
public static class ICalendar
{
    public static string Write(IEnumerable<DueItem> items, string calendarName, Func<string, string> absoluteUrl, DateTimeOffset now)
    {
        var text = new StringBuilder();
        void Line(string line)
        {
            // Lines longer than 75 octets are folded: CRLF and a space, which counts, before each continuation.
            var bytes = Encoding.UTF8.GetBytes(line);
            var start = 0;
            var room = 75;
            while (bytes.Length - start > room)
            {
                var length = room;
                while ((bytes[start + length] & 0xC0) == 0x80)
                {
                    length--; // never split a UTF-8 sequence
                }
                text.Append(Encoding.UTF8.GetString(bytes, start, length)).Append("\r\n ");
                start += length;
                room = 74;
            }
            text.Append(Encoding.UTF8.GetString(bytes, start, bytes.Length - start)).Append("\r\n");
        }
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//EduDpa//Termijnen//NL");
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        foreach (var item in items)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{Escape(item.Key)}@edudpa");
            Line("DTSTAMP:" + Utc(now));
            Line("DTSTART:" + Utc(item.DueAt.AddMinutes(-30)));
            Line("DTEND:" + Utc(item.DueAt));
            Line("SUMMARY:" + Escape($"{item.Title} – {item.Counterparty}"));
            Line("URL:" + absoluteUrl(item.Link));
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
