using EduDpa.Domain.Accounts;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Features.Breaches;
using EduDpa.Web.Features.Changes;
using EduDpa.Web.Features.Requests;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>
/// Life after signing in the demo, all on the signed De Linde agreement for Leerlingportaal and all done by the
/// distributor through the code its editors use: a new sub-processor in Ireland announced (six weeks to object), a
/// data breach reported (De Linde's 72 hours run from the first start) and a parent's access request forwarded.
/// </summary>
internal static class DemoObligations
{
    private const string Distributor = "admin@distributiedemo.example";

    public static async Task SeedAsync(IServiceScopeFactory scopes, Organisation distributor, Guid productId, Guid agreementId, TimeProvider clock, CancellationToken ct)
    {
        await AsDistributorAsync(scopes, distributor, async services =>
        {
            var (announced, _) = await services.GetRequiredService<SubProcessorChangeWriter>().AnnounceAsync(productId, new AnnounceSubProcessorChangeRequest(
                SubProcessorAction.Add, null, "Mailservice Demo Ltd. (fictief)", "Versturen van e-mails met inlogcodes aan leerlingen en ouders",
                ["F1-pupil-1", "F1-pupil-3"], "IE", "IE", null, null, null, null, null, null,
                "Wij versturen de inlogcodes voortaan via een gespecialiseerde e-maildienst in Ierland, zodat ze sneller en betrouwbaarder aankomen.",
                AnnexChange.EarliestIntendedDate(clock.GetUtcNow()).AddDays(7)), ct);
            Ensure(announced.Outcome, "the sub-processor change");
            return true;
        });
        await AsDistributorAsync(scopes, distributor, async services =>
        {
            var now = clock.GetUtcNow();
            var recorded = await services.GetRequiredService<BreachWriter>().RecordAsync(new RecordBreachRequest(agreementId, BreachKind.DataBreach, now.AddHours(-5), null,
                now.AddDays(-1), now.AddHours(-6), "Inlogcodes van 28 leerlingen zijn per ongeluk naar de verkeerde school gemaild (fictief)", [BreachNature.Reading],
                "Een fout in het koppelbestand na de update van vrijdag", "Een leerkracht van de ontvangende school meldde het", "De codes zijn ongeldig gemaakt en opnieuw verstuurd",
                Protection.No, 28, 0, 0, "Iemand kan met een code inloggen als de leerling en diens werk zien; er zijn geen aanwijzingen dat dat gebeurd is",
                "Naam, groep en inlogcode", false, false), ct);
            Ensure(recorded.Outcome, "the data breach");
            var forwarded = await services.GetRequiredService<RequestWriter>().ForwardAsync(agreementId, new ForwardInput("access", now.AddDays(-2),
                "Een ouder vraagt welke gegevens van haar zoon via het portaal aan leveranciers worden doorgegeven (fictief).", "parent"), ct);
            Ensure(forwarded.Outcome, "the data subject request");
            return true;
        });
    }

    private static void Ensure(WriteOutcome outcome, string what)
    {
        if (outcome != WriteOutcome.Saved)
        {
            throw new InvalidOperationException($"The demo could not record {what}: {outcome}.");
        }
    }

    private static Task<bool> AsDistributorAsync(IServiceScopeFactory scopes, Organisation distributor, Func<IServiceProvider, Task<bool>> work) =>
        DemoSigning.InScopeAsync(scopes, async services =>
        {
            var user = (await services.GetRequiredService<UserManager<User>>().FindByEmailAsync(Distributor))!;
            services.GetRequiredService<TenantContext>().Set(user.Id, user.Email, PlatformRoles.None,
                [new MemberOrganisation(distributor.Id, distributor.Name, distributor.Kind, OrganisationRoles.Admin | OrganisationRoles.Editor)], distributor.Id);
            return await work(services);
        });
}
