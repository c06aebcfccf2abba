using EduDpa.Web.Infrastructure.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EduDpa.Web.Infrastructure.Email;

public sealed record MailMessage(string To, string Subject, string TextBody);

public interface IMailer
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string From { get; set; } = "EduDpa <noreply@edudpa.example>";
}

/// <summary>
/// Sends through SMTP when <c>Smtp:Host</c> is configured; otherwise (development) writes each message as a
/// .eml file to the data directory's <c>mail</c> folder, listed at /dev/mail.
/// </summary>
public static class MailSetup
{
    public static void AddEduDpaMail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection("Smtp"));
        builder.Services.AddScoped<MailOutbox>();
        builder.Services.AddSingleton<MailSendGate>();
        // Tests send what is waiting themselves (MailOutbox.SendPendingAsync), so that what they count is settled.
        if (builder.Configuration.GetValue("Mail:SendInBackground", true))
        {
            builder.Services.AddHostedService<MailOutboxWorker>();
        }
        if (string.IsNullOrWhiteSpace(builder.Configuration["Smtp:Host"]))
        {
            var folder = Path.Combine(DataDirectory.Resolve(builder.Configuration, builder.Environment), "mail");
            builder.Services.AddSingleton(new MailDropFolder(folder));
            builder.Services.AddSingleton<IMailer, FileDropMailer>();
        }
        else
        {
            builder.Services.AddSingleton<IMailer, SmtpMailer>();
        }
    }

    internal static MimeMessage ToMime(MailMessage message, SmtpOptions options, DateTimeOffset now)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = now };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        return mime;
    }
}

public sealed class SmtpMailer(IOptions<SmtpOptions> options, TimeProvider clock) : IMailer
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }
        await client.SendAsync(MailSetup.ToMime(message, settings, clock.GetUtcNow()), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

public sealed record MailDropFolder(string Path);

public sealed class FileDropMailer(MailDropFolder folder, IOptions<SmtpOptions> options, TimeProvider clock) : IMailer
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder.Path);
        var now = clock.GetUtcNow();
        var file = System.IO.Path.Combine(folder.Path, $"{now:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid():N}.eml");
        await MailSetup.ToMime(message, options.Value, now).WriteToAsync(file, cancellationToken);
    }
}
