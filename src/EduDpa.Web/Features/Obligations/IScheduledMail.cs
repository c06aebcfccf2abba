namespace EduDpa.Web.Features.Obligations;

/// <summary>
/// A capability that sends e-mail at moments rather than on a user's action: reminders before a due moment,
/// the daily digest. The notification worker calls every registered implementation (scoped) on each tick with the
/// application's time; an implementation enqueues its mails in the outbox under idempotency keys that name the
/// moment (e.g. "certificate:{id}:expires-in-30"), so that a second tick or a second instance enqueues nothing new.
/// </summary>
public interface IScheduledMail
{
    /// <returns>How many mails were enqueued.</returns>
    Task<int> EnqueueDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
