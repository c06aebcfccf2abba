using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Notifications;

/// <summary>
/// Mail at moments rather than on a user's action: the scheduled-mail worker that runs every <see cref="IScheduledMail"/>,
/// the daily digest of what is due, and each person's digest preferences.
/// </summary>
public sealed class NotificationsFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<NotificationPreferences>();
        builder.Services.AddSingleton<DigestMemo>();
        builder.Services.AddScoped<IScheduledMail, DailyDigest>();
        builder.Services.AddSingleton<ScheduledMails>();
        // Like the outbox worker: tests run the scheduled mails themselves, with the fake clock.
        if (builder.Configuration.GetValue("Mail:SendInBackground", true))
        {
            builder.Services.AddHostedService<ScheduledMailWorker>();
        }
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => NotificationsApi.Map(endpoints);
}
