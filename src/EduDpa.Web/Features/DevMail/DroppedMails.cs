using System.Text.RegularExpressions;
using EduDpa.Web.Infrastructure.Email;
using MimeKit;

namespace EduDpa.Web.Features.DevMail;

public sealed record DroppedMail(string File, DateTimeOffset Date, string To, string Subject, string Body);

/// <summary>
/// Development mail: without an SMTP server every message lands as a .eml file in the data
/// directory's mail folder; platform administrators read them at /dev/mail.
/// </summary>
public static partial class DroppedMails
{
    [GeneratedRegex(@"^[0-9TZ]+-[0-9a-f]{32}\.eml$")]
    private static partial Regex FileName();

    public static IReadOnlyList<DroppedMail> List(MailDropFolder folder, int take = 100)
    {
        if (!Directory.Exists(folder.Path))
        {
            return [];
        }
        return [.. new DirectoryInfo(folder.Path).GetFiles("*.eml")
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .Take(take)
            .Select(f => Read(f.FullName))];
    }

    /// <summary>One message by file name; null for a name that is not one of the folder's message files.</summary>
    public static DroppedMail? Find(MailDropFolder folder, string file)
    {
        if (!FileName().IsMatch(file))
        {
            return null;
        }
        var path = Path.Combine(folder.Path, file);
        return File.Exists(path) ? Read(path) : null;
    }

    private static DroppedMail Read(string path)
    {
        using var message = MimeMessage.Load(path);
        return new DroppedMail(Path.GetFileName(path), message.Date, string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? string.Empty, message.TextBody ?? string.Empty);
    }
}
