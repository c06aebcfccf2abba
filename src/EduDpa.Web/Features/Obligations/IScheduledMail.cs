namespace EduDpa.Web.Features.Obligations;

/// <summary>
/// A capability that sends e-mail at moments rather than on a user's action: reminders before a due moment,
/// the daily digest. Register an implementation as a scoped <see cref="IScheduledMail"/>; the scheduled-mail worker
/// (<see cref="Notifications.ScheduledMails"/>, every minute of real time, only with <c>Mail:SendInBackground</c>) calls
/// each in a scope of its own that acts as the system (no user, no organisation: read across organisations with
/// <c>IgnoreQueryFilters([EduDpaDbContext.TenantFilter])</c>) with the application's time. Tests call implementations
/// themselves, with the fake clock.
/// <para>
/// An implementation enqueues its mails under idempotency keys that name the moment (e.g. "certificate:{id}:expires-in-30"),
/// so that a second tick or a second instance enqueues nothing new: skip what is already there
/// (<see cref="Infrastructure.Email.MailOutbox.EnqueuedKeysAsync"/>), compose the rest, and save them with
/// <see cref="Infrastructure.Email.MailOutbox.SaveOnceAsync"/>, which tolerates another instance saving some of the same
/// keys at the same moment without losing the other mails of the run. The outbox worker sends them.
/// </para>
/// </summary>
public interface IScheduledMail
{
    /// <returns>How many mails were enqueued.</returns>
    Task<int> EnqueueDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
