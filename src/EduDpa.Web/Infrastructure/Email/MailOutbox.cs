using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Infrastructure.Email;

/// <summary>
/// An e-mail waiting to be sent, stored in the same transaction as the change it announces. Its key is
/// unique: a notification is enqueued once however often (or on however many instances) the change is
/// processed, and <see cref="MailOutbox"/> sends it once.
/// </summary>
public sealed class OutgoingMail
{
    public const int KeyMaxLength = 200;

    private OutgoingMail() { }

    public Guid Id { get; private set; }
    public string IdempotencyKey { get; private set; } = string.Empty;
    public string To { get; private set; } = string.Empty;
    public string Subject { get; private set; } = string.Empty;
    public string Body { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>An instance that is sending it holds it until then; after that another may try.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public static OutgoingMail Create(string key, MailMessage message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), IdempotencyKey = key, To = message.To, Subject = message.Subject, Body = message.TextBody, CreatedAt = now,
    };
}

/// <summary>Sends what is waiting in the outbox: claims each mail first, so that several instances never send the same one.</summary>
public sealed class MailOutbox(EduDpaDbContext db, IMailer mailer, TimeProvider clock, MailSendGate gate, ILogger<MailOutbox> logger)
{
    public const int MaxAttempts = 5;
    private const int Batch = 100;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>Adds mails to the context (saved with the change they announce); a key already waiting or sent is skipped.</summary>
    public static async Task EnqueueAsync(EduDpaDbContext db, IEnumerable<(string Key, MailMessage Message)> mails, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var batch = mails.DistinctBy(m => m.Key).ToList();
        var existing = await EnqueuedKeysAsync(db, [.. batch.Select(m => m.Key)], cancellationToken);
        db.OutgoingMails.AddRange(batch.Where(m => !existing.Contains(m.Key)).Select(m => OutgoingMail.Create(m.Key, m.Message, now)));
    }

    /// <summary>Which of <paramref name="keys"/> are in the outbox already (waiting or sent), so that a scheduled mail skips composing them.</summary>
    public static async Task<HashSet<string>> EnqueuedKeysAsync(EduDpaDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        [.. await db.OutgoingMails.Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken)];

    /// <summary>
    /// Saves mails that are sent at a moment rather than with a change (an <see cref="Features.Obligations.IScheduledMail"/>), each key once
    /// however many instances enqueue it at the same moment: all in one save; when another instance saved some of the same keys first
    /// (a unique violation, or on PostgreSQL the deadlock of two such inserts), the rest is saved again without those, until nothing of
    /// this run is left unsaved. Call it with a context that holds nothing else unsaved, outside a transaction of your own.
    /// </summary>
    /// <returns>How many mails this call saved; the others were another instance's.</returns>
    public static async Task<int> SaveOnceAsync(EduDpaDbContext db, IEnumerable<(string Key, MailMessage Message)> mails, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = mails.DistinctBy(m => m.Key).ToList();
        for (var lost = 0; pending.Count > 0; lost++)
        {
            var rows = pending.Select(m => OutgoingMail.Create(m.Key, m.Message, now)).ToList();
            db.OutgoingMails.AddRange(rows);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return rows.Count; // a refused save wrote none of its rows: only this last one counts
            }
            catch (Exception racing) when (UniqueViolation.IsRace(racing) && lost < MaxRacesLost)
            {
                foreach (var row in rows)
                {
                    db.Entry(row).State = EntityState.Detached;
                }
                var taken = await EnqueuedKeysAsync(db, [.. pending.Select(m => m.Key)], cancellationToken);
                pending = [.. pending.Where(m => !taken.Contains(m.Key))];
            }
        }
        return 0;
    }

    /// <summary>Each lost race means another instance saved (or is saving) keys of this run; past this many, something else is wrong.</summary>
    private const int MaxRacesLost = 10;

    /// <returns>How many mails this call sent.</returns>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        // Oldest first (the steps of one breach arrive in their order), batch after batch until nothing claimable is left:
        // a change announced to thousands of boards queues more than one batch.
        // One send loop at a time in this instance, so that when a call returns nothing it skipped is still on its way
        // (the worker and a test's own call would otherwise pass each other's claims). Other instances are kept apart by the claims.
        await gate.Wait.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            int sent;
            do
            {
                sent = await SendBatchAsync(cancellationToken);
                total += sent;
            }
            while (sent > 0);
            return total;
        }
        finally
        {
            gate.Wait.Release();
        }
    }

    private async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var waiting = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(Batch)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var mail in waiting)
        {
            var claimed = await db.OutgoingMails
                .Where(m => m.Id == mail.Id && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, now + ClaimFor).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
            if (claimed != 1)
            {
                continue;
            }
            try
            {
                await mailer.SendAsync(new MailMessage(mail.To, mail.Subject, mail.Body), cancellationToken);
                await db.OutgoingMails.Where(m => m.Id == mail.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, clock.GetUtcNow()), cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sending mail {MailId} failed", mail.Id);
                await db.OutgoingMails.Where(m => m.Id == mail.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null).SetProperty(m => m.LastError, e.Message), cancellationToken);
            }
        }
        return sent;
    }
}

/// <summary>One per application instance (a singleton): lets one <see cref="MailOutbox.SendPendingAsync"/> run at a time.</summary>
public sealed class MailSendGate : IDisposable
{
    public SemaphoreSlim Wait { get; } = new(1, 1);

    public void Dispose() => Wait.Dispose();
}

/// <summary>
/// Empties the outbox at start and then every few seconds of real time: polling is the machine's business, not
/// the application's clock (which tests move by days).
/// </summary>
public sealed class MailOutboxWorker(IServiceScopeFactory scopes, ILogger<MailOutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MailOutbox>().SendPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The mail outbox could not be emptied");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
