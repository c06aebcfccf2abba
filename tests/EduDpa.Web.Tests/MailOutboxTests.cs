using System.Globalization;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>The outbox with several application instances on one database: every mail is sent, and sent once.</summary>
public sealed class MailOutboxTests
{
    private static Task<int> SendPendingAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<MailOutbox>().SendPendingAsync(CancellationToken.None));

    [Fact]
    public async Task Two_instances_on_one_PostgreSQL_database_send_each_mail_exactly_once()
    {
        Assert.SkipWhen(TestEnvironment.PostgresConnectionString is null, TestEnvironment.NoPostgres);
        await using var first = await TestApp.StartAsync(TestDatabase.Postgres);
        await using var second = await TestApp.StartAsync(TestDatabase.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:EduDpa"] = first.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:EduDpa"],
            ["Smtp:Port"] = first.Mail.Port.ToString(CultureInfo.InvariantCulture),
        });
        var recipients = Enumerable.Range(1, 40).Select(i => Unique.Email($"ontvanger{i}")).ToList();
        await first.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            await MailOutbox.EnqueueAsync(db, recipients.Select(to => ($"test:{to}", new MailMessage(to, "Melding", "Er staat iets voor u klaar."))), first.Clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
            return true;
        });

        var sent = await Task.WhenAll(SendPendingAsync(first), SendPendingAsync(second), SendPendingAsync(first), SendPendingAsync(second));

        Assert.Equal(recipients.Count, sent.Sum());
        Assert.Equal(recipients.Count, first.Mail.Messages.Count);
        Assert.All(recipients, to => Assert.Single(first.Mail.To(to)));
        Assert.Empty(second.Mail.Messages);
        Assert.Equal(0, await SendPendingAsync(second));
    }

    [Fact]
    public async Task A_mail_enqueued_twice_under_one_key_is_sent_once()
    {
        await using var app = await TestApp.StartAsync(TestDatabase.Sqlite);
        var to = Unique.Email("eenmaal");
        for (var i = 0; i < 2; i++)
        {
            await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<EduDpaDbContext>();
                await MailOutbox.EnqueueAsync(db, [("test:once", new MailMessage(to, "Melding", "Eén keer."))], app.Clock.GetUtcNow(), CancellationToken.None);
                await db.SaveChangesAsync();
                return true;
            });
        }

        Assert.Equal(1, await SendPendingAsync(app));
        Assert.Single(app.Mail.To(to));
    }
}
