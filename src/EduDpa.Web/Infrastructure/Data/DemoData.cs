using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>
/// Clearly fictional demo data for an empty database: two school boards (po and vo) with schools, two
/// suppliers and a distributor with products and their annexes (<see cref="DemoAnnexes"/>), and one account per role. Names, KvK numbers, BRIN codes
/// and addresses are invented; e-mail addresses use the reserved .example domain. The README lists the accounts.
/// </summary>
public sealed class DemoData(EduDpaDbContext db, UserManager<User> users, TenantContext tenant, TimeProvider clock, IServiceScopeFactory scopes)
{
    public const string Password = "Demo-wachtwoord-2026";

    public sealed record DemoAccount(string Email, string DisplayName, string? Organisation, OrganisationRoles Roles, PlatformRoles Platform = PlatformRoles.None);

    public const string BoardPo = "Stichting Fictief Primair Onderwijs De Linde";
    public const string BoardVo = "Stichting Fictief Voortgezet Onderwijs Rijnland";
    public const string SupplierA = "Leermiddel Fictief B.V.";
    public const string SupplierB = "Toetsplatform Voorbeeld B.V.";
    public const string Distributor = "Distributie Demo B.V.";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("beheer@edudpa.example", "Pim Platformbeheer (demo)", null, OrganisationRoles.None, PlatformRoles.Administrator),
        // Two analysts: one drafts an analysis of a vendor's terms, the other reviews and publishes it.
        new("analist@edudpa.example", "Anna Analist (demo)", null, OrganisationRoles.None, PlatformRoles.Analyst),
        new("analist2@edudpa.example", "Bram Tweede Analist (demo)", null, OrganisationRoles.None, PlatformRoles.Analyst),
        new("admin@delinde.example", "Anouk Admin (demo)", BoardPo, OrganisationRoles.Admin),
        new("redacteur@delinde.example", "Ruben Redacteur (demo)", BoardPo, OrganisationRoles.Editor),
        new("beoordelaar@delinde.example", "Bea Beoordelaar (demo)", BoardPo, OrganisationRoles.Reviewer),
        new("tekenbevoegd@delinde.example", "Teun Tekenbevoegd (demo)", BoardPo, OrganisationRoles.Signatory),
        new("lezer@delinde.example", "Lotte Lezer (demo)", BoardPo, OrganisationRoles.Viewer),
        new("incident@delinde.example", "Iris Incident (demo)", BoardPo, OrganisationRoles.IncidentContact),
        new("admin@rijnland.example", "Ravi Rijnland (demo)", BoardVo, OrganisationRoles.Admin | OrganisationRoles.Editor | OrganisationRoles.Signatory),
        new("admin@leermiddel.example", "Lars Leverancier (demo)", SupplierA, OrganisationRoles.Admin | OrganisationRoles.Signatory),
        new("redacteur@leermiddel.example", "Eva Editor (demo)", SupplierA, OrganisationRoles.Editor | OrganisationRoles.IncidentContact),
        new("admin@toetsplatform.example", "Tara Toets (demo)", SupplierB, OrganisationRoles.Admin | OrganisationRoles.Editor | OrganisationRoles.Signatory),
        new("admin@distributiedemo.example", "Dirk Distributeur (demo)", Distributor, OrganisationRoles.Admin | OrganisationRoles.Editor | OrganisationRoles.Signatory),
        // One person in two organisations, to show the organisation switch in the header.
        new("adviseur@edudpa.example", "Pia Privacyadviseur (demo)", BoardPo, OrganisationRoles.Viewer),
        new("adviseur@edudpa.example", "Pia Privacyadviseur (demo)", BoardVo, OrganisationRoles.Editor),
    ];

    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken) || await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AnyAsync(cancellationToken))
        {
            return false;
        }
        tenant.ActAsSystem();
        var today = AmsterdamTime.Today(clock);
        var organisations = new Dictionary<string, Organisation>
        {
            [BoardPo] = Create(today, new OrganisationInput
            {
                Kind = OrganisationKind.SchoolBoard, Name = BoardPo, KvkNumber = "99000101", BevoegdGezagNumber = "99101",
                Street = "Lindelaan 1", Postcode = "9991 AA", City = "Voorbeeldstad", ConvenantMember = true, ConvenantMemberSince = new DateOnly(2023, 1, 9),
                Schools =
                [
                    new SchoolInput { Name = "Fictieve Basisschool De Linde", Brin = "99LA", Sector = Sector.Po },
                    new SchoolInput { Name = "Fictieve Basisschool Het Kompas", Brin = "99LB", Sector = Sector.Po },
                    new SchoolInput { Name = "Fictieve SBO De Brug", Brin = "99LC", Sector = Sector.So },
                ],
            }),
            [BoardVo] = Create(today, new OrganisationInput
            {
                Kind = OrganisationKind.SchoolBoard, Name = BoardVo, KvkNumber = "99000202", BevoegdGezagNumber = "99202",
                Street = "Rijnkade 20", Postcode = "9992 BB", City = "Demodorp", ConvenantMember = false,
                Schools =
                [
                    new SchoolInput { Name = "Fictief Lyceum Rijnstad", Brin = "99RA", Sector = Sector.Vo },
                    new SchoolInput { Name = "Fictief College Waterkant", Brin = "99RB", Sector = Sector.Vo },
                    new SchoolInput { Name = "Fictief VSO De Horizon", Brin = "99RC", Sector = Sector.Vso },
                ],
            }),
            [SupplierA] = Create(today, new OrganisationInput
            {
                Kind = OrganisationKind.Supplier, Name = SupplierA, KvkNumber = "99000303", Street = "Uitgeverslaan 3", Postcode = "9993 CC",
                City = "Voorbeeldstad", Website = "https://leermiddel.example", ConvenantMember = true, ConvenantMemberSince = new DateOnly(2022, 9, 1),
            }),
            [SupplierB] = Create(today, new OrganisationInput
            {
                Kind = OrganisationKind.Supplier, Name = SupplierB, KvkNumber = "99000404", Street = "Toetsweg 4", Postcode = "9994 DD",
                City = "Demodorp", Website = "https://toetsplatform.example",
            }),
            [Distributor] = Create(today, new OrganisationInput
            {
                Kind = OrganisationKind.Distributor, Name = Distributor, KvkNumber = "99000505", Street = "Verdeelstraat 5", Postcode = "9995 EE",
                City = "Voorbeeldstad", Website = "https://distributiedemo.example", ConvenantMember = true, ConvenantMemberSince = new DateOnly(2021, 3, 15),
            }),
        };
        db.Organisations.AddRange(organisations.Values);
        var rekenroute = Product.Create(organisations[SupplierA].Id, new ProductDetails("Rekenroute (fictief)", "Adaptieve rekenmethode voor groep 3 tot en met 8 met een leerlingvolgsysteem.",
            null, new Uri("https://leermiddel.example/rekenroute"), [Audience.Po], [ProductUser.Pupils, ProductUser.Parents, ProductUser.Staff]));
        var taalkompas = Product.Create(organisations[SupplierA].Id, new ProductDetails("Taalkompas (fictief)", "Digitale taal- en spellingmethode voor het primair onderwijs.",
            null, new Uri("https://leermiddel.example/taalkompas"), [Audience.Po], [ProductUser.Pupils, ProductUser.Staff]));
        var portaal = Product.Create(organisations[Distributor].Id, new ProductDetails("Leerlingportaal Demo (fictief)", "Portaal waarmee leerlingen met één account bij hun digitale leermiddelen komen.",
            null, new Uri("https://distributiedemo.example/portaal"), [Audience.Po, Audience.Vo], [ProductUser.Pupils]));
        var toets = Product.Create(organisations[SupplierB].Id, new ProductDetails("ToetsVoorbeeld (fictief)", "Online toetsplatform voor het voortgezet onderwijs.",
            null, new Uri("https://toetsplatform.example/toetsvoorbeeld"), [Audience.Vo], [ProductUser.Pupils, ProductUser.Staff]));
        db.Products.AddRange(rekenroute, taalkompas, portaal, toets);
        var seededAt = clock.GetUtcNow();
        var published = today.AddDays(-14);
        db.AnnexVersions.AddRange(
            DemoAnnexes.Published(rekenroute, organisations[SupplierA], AnnexKind.Privacy, DemoAnnexes.Rekenroute(), 1, published, seededAt),
            DemoAnnexes.Published(rekenroute, organisations[SupplierA], AnnexKind.Security, DemoAnnexes.RekenrouteSecurity(), 1, published, seededAt),
            DemoAnnexes.Draft(rekenroute, organisations[SupplierA], AnnexKind.Privacy, DemoAnnexes.RekenrouteDraft(), seededAt),
            DemoAnnexes.Draft(taalkompas, organisations[SupplierA], AnnexKind.Privacy, DemoAnnexes.Taalkompas(), seededAt),
            DemoAnnexes.Published(toets, organisations[SupplierB], AnnexKind.Privacy, DemoAnnexes.ToetsVoorbeeld(), 1, published, seededAt),
            DemoAnnexes.Published(toets, organisations[SupplierB], AnnexKind.Security, DemoAnnexes.ToetsVoorbeeldSecurity(), 1, published, seededAt),
            DemoAnnexes.Published(portaal, organisations[Distributor], AnnexKind.Privacy, DemoAnnexes.Portaal(), 1, published, seededAt),
            DemoAnnexes.Published(portaal, organisations[Distributor], AnnexKind.Security, DemoAnnexes.PortaalSecurity(), 1, published, seededAt));
        var (certificate, certificatePdf) = DemoCertificates.Iso27001(rekenroute, today, seededAt);
        db.StoredDocuments.Add(certificatePdf);
        db.Certificates.Add(certificate);
        db.TransparencyPages.Add(DeLindePublicPage(organisations[BoardPo].Id, seededAt));
        await db.SaveChangesAsync(cancellationToken);

        var now = clock.GetUtcNow();
        foreach (var account in Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new User
                {
                    UserName = account.Email, Email = account.Email, EmailConfirmed = true,
                    DisplayName = account.DisplayName, PlatformRoles = account.Platform,
                };
                var created = await users.CreateAsync(user, Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Demo account {account.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
                }
            }
            if (account.Organisation is { } organisation)
            {
                db.Memberships.Add(Membership.Create(user.Id, organisations[organisation].Id, account.Roles, now));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await SeedAgreementsAsync(organisations, [rekenroute.Id, taalkompas.Id], portaal.Id, now, cancellationToken);
        var signed = await DemoSigning.SeedAsync(scopes, organisations[BoardPo], organisations[Distributor], portaal.Id, now, cancellationToken);
        await DemoObligations.SeedAsync(scopes, organisations[Distributor], portaal.Id, signed, clock, cancellationToken);
        await DemoAnalyses.SeedAsync(db, users, organisations[BoardPo], today, now, cancellationToken);
        return true;
    }

    /// <summary>
    /// Two drafts: De Linde and Leermiddel Fictief halfway through negotiating (one amendment agreed, the
    /// ECK iD deviation still open), and Rijnland just starting one with the distributor; and an offer of
    /// Rekenroute from Leermiddel Fictief to Rijnland waiting for Rijnland's review.
    /// </summary>
    private async Task SeedAgreementsAsync(Dictionary<string, Organisation> organisations, IReadOnlyList<Guid> leermiddelProducts, Guid portaal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var board = organisations[BoardPo];
        var supplier = organisations[SupplierA];
        var negotiated = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, now,
            new UnderlyingContract(new DateOnly(2026, 8, 1), "de digitale leermiddelen Rekenroute en Taalkompas, met het bijbehorende leerlingvolgsysteem,", 30), leermiddelProducts);
        negotiated.UpdateProcessorPart(PartyRole.Processor, new Representative("L. Leverancier", "algemeen directeur"));
        negotiated.UpdateControllerPart(PartyRole.Controller, new Representative("mevrouw A. Admin", "voorzitter college van bestuur"), true, []);
        // The board has started on its part of the annexes: its contact, the optional service, the retention.
        // Its incident contact and its consent to the transfer to the United States are still open.
        var rekenroute = DemoAnnexes.Rekenroute();
        negotiated.UpdateBoardAnnexPart(PartyRole.Controller, new ContactPerson("Ruben Redacteur (demo)", "privacycoördinator", "privacy@delinde.example", null), null,
        [
            new ProductAnnexChoices(leermiddelProducts[0],
                [new ServiceDecision(DemoAnnexes.RekenrouteParents.Id, AnnexJson.Fingerprint(DemoAnnexes.RekenrouteParents), true, now)],
                [],
                new RetentionChoice(true, null, AnnexJson.Fingerprint(rekenroute.Retention))),
        ]);
        var starter = organisations[BoardVo];
        var fresh = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, starter.Id, organisations[Distributor].Id, PartyRole.Controller, now,
            new UnderlyingContract(null, null), [portaal]);
        var offered = ProcessingAgreement.StartOffer(ModelCatalog.ModelAgreement40, starter.Id, supplier.Id, PartyRole.Processor, now,
            new UnderlyingContract(null, "de digitale rekenmethode Rekenroute volgens de licentievoorwaarden 2026", 60), [leermiddelProducts[0]], new Representative("L. Leverancier", "algemeen directeur"));
        db.Agreements.AddRange(negotiated, fresh, offered);

        var supplierEditor = (await users.FindByEmailAsync("redacteur@leermiddel.example"))!;
        var boardEditor = (await users.FindByEmailAsync("redacteur@delinde.example"))!;
        var auditPeriod = Amendment.Propose(negotiated, PartyRole.Processor, "7.7.e", AmendmentKind.Change,
            "Partijen komen overeen dat de kosten van een audit als bedoeld in sub a voor rekening komen van de Onderwijsinstelling, tenzij uit de audit gebreken blijken die aan Verwerker kunnen worden toegerekend. In dat geval komen de kosten voor rekening van Verwerker.",
            "Verduidelijking: bij toerekenbare gebreken draagt de Verwerker de kosten, zonder dat partijen daarover eerst moeten overleggen.",
            false, [], supplierEditor.Id, supplierEditor.Email!, now);
        auditPeriod.Accept(PartyRole.Controller, "Akkoord; dit is voor ons gunstiger.", [auditPeriod], boardEditor.Id, boardEditor.Email!, now);
        var eckId = Amendment.Propose(negotiated, PartyRole.Controller, Amendment.EckIdClause, AmendmentKind.Addition, Amendment.EckIdText,
            "Onze leerlingadministratie levert het ECK iD pas vanaf het volgende schooljaar.", false, [auditPeriod], boardEditor.Id, boardEditor.Email!, now);
        db.Amendments.AddRange(auditPeriod, eckId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>De Linde's public page for parents, published, so that a visitor can read it at /openbaar/besturen/99000101.</summary>
    private static TransparencyPage DeLindePublicPage(Guid boardId, DateTimeOffset now) => TransparencyPage.Create(boardId, new TransparencyPageInput(
        true,
        "Op onze scholen gebruiken leerlingen en leerkrachten digitale leermiddelen. Met elke leverancier hebben wij een verwerkersovereenkomst gesloten volgens het "
            + "Convenant Digitale Onderwijsmiddelen en Privacy. Hieronder leest u per leermiddel welke gegevens worden gebruikt, waarvoor, hoe lang en waar.\n\n"
            + "Heeft u een vraag, of wilt u uw gegevens of die van uw kind inzien? Neem contact op met onze functionaris gegevensbescherming. (Dit is een fictief demobestuur.)",
        "Functionaris gegevensbescherming (fictief)", "privacy@delinde.example", "+31 30 000 0100", "https://delinde.example/privacy"), now);

    private static Organisation Create(DateOnly today, OrganisationInput input) =>
        OrganisationDetails.TryCreate(input, today, out var details, out var errors)
            ? Organisation.Create(details)
            : throw new InvalidOperationException($"Demo organisation {input.Name} is invalid: {string.Join(", ", errors.ByField.Keys)}");
}
