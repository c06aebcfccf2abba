using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Tenancy;

namespace EduDpa.Web.Features.Notifications;

/// <summary>
/// One round of every registered <see cref="IScheduledMail"/>: each in a scope of its own acting as the system, with the
/// application's time, so that one that fails neither stops nor spoils the others.
/// </summary>
public sealed class ScheduledMails(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledMails> logger)
{
    /// <returns>How many mails the round enqueued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        int count;
        await using (var probe = scopes.CreateAsyncScope())
        {
            count = probe.ServiceProvider.GetServices<IScheduledMail>().Count();
        }
        var enqueued = 0;
        for (var i = 0; i < count; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem();
            var mail = scope.ServiceProvider.GetServices<IScheduledMail>().ElementAt(i);
            try
            {
                enqueued += await mail.EnqueueDueAsync(clock.GetUtcNow(), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled mail {Kind} failed; the next round tries again", mail.GetType().Name);
            }
        }
        return enqueued;
    }
}

/// <summary>
/// Runs <see cref="ScheduledMails"/> at start and then every minute of real time: polling is the machine's business, not the
/// application's clock (which tests move by days). Safe with several instances: the outbox keys make each mail once.
/// </summary>
public sealed class ScheduledMailWorker(ScheduledMails mails, ILogger<ScheduledMailWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await mails.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The scheduled mails could not be enqueued");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
