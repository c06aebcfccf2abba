using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Features.Agreements.Signing;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>
/// A demo agreement that both parties have signed: De Linde and the distributor for Leerlingportaal. It is signed
/// through the same code a signatory uses, so its snapshot, documents and hashes are real.
/// </summary>
internal static class DemoSigning
{
    /// <returns>The signed agreement's id.</returns>
    public static async Task<Guid> SeedAsync(IServiceScopeFactory scopes, Organisation board, Organisation supplier, Guid productId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agreementId = await InScopeAsync(scopes, async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            var annex = DemoAnnexes.Portaal();
            var agreement = ProcessingAgreement.StartOffer(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, now,
                new UnderlyingContract(new DateOnly(2026, 8, 1), "toegang tot de digitale leermiddelen van de scholen via het Leerlingportaal Demo", 30), [productId],
                new Representative("D. Distributeur", "directeur"));
            agreement.UpdateControllerPart(PartyRole.Controller, new Representative("mevrouw A. Admin", "voorzitter college van bestuur"), true, []);
            agreement.UpdateBoardAnnexPart(PartyRole.Controller,
                new ContactPerson("Ruben Redacteur (demo)", "privacycoördinator", "privacy@delinde.example", null),
                new ContactPerson("Iris Incident (demo)", "ICT-coördinator", "incident@delinde.example", "+31 30 765 4321"),
                [new ProductAnnexChoices(productId, [],
                    [.. annex.Transfers.Select(t => new TransferConsent(t.Id, AnnexJson.Fingerprint(t), true, now))],
                    new RetentionChoice(true, null, AnnexJson.Fingerprint(annex.Retention)))]);
            agreement.Approve(PartyRole.Controller, isReviewer: true, new Actor(Guid.Empty, "Bea Beoordelaar (demo)"), now);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync(cancellationToken);
            return agreement.Id;
        });
        await SignAsync(scopes, "tekenbevoegd@delinde.example", board, agreementId, new Representative("mevrouw A. Admin", "voorzitter college van bestuur"), cancellationToken);
        await SignAsync(scopes, "admin@distributiedemo.example", supplier, agreementId, new Representative("D. Distributeur", "directeur"), cancellationToken);
        return agreementId;
    }

    private static Task<bool> SignAsync(IServiceScopeFactory scopes, string email, Organisation organisation, Guid agreementId, Representative signer, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, async services =>
        {
            var user = (await services.GetRequiredService<UserManager<User>>().FindByEmailAsync(email))!;
            services.GetRequiredService<TenantContext>().Set(user.Id, user.Email, PlatformRoles.None,
                [new MemberOrganisation(organisation.Id, organisation.Name, organisation.Kind, OrganisationRoles.Signatory)], organisation.Id);
            var version = await services.GetRequiredService<EduDpaDbContext>().Agreements.Where(a => a.Id == agreementId).Select(a => a.Version).SingleAsync(cancellationToken);
            var signed = await services.GetRequiredService<LifecycleWriter>().SignAsync(agreementId, new SignRequest(version, signer.Name, signer.Function), cancellationToken);
            if (signed.Outcome != WriteOutcome.Saved)
            {
                throw new InvalidOperationException($"The demo agreement could not be signed for {organisation.Name}: {string.Join(", ", signed.Errors?.ByField.Keys ?? [])}");
            }
            return true;
        });

    internal static async Task<T> InScopeAsync<T>(IServiceScopeFactory scopes, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
