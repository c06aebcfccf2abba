using System.Net;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>Boards with signed agreements whose snapshots hold real published annexes, and their public pages, for the transparency tests.</summary>
internal static class PublicKit
{
    public const string BoardContactName = "M. Geheim-Contact";
    public const string RepresentativeName = "R. Vertegenwoordiger";

    /// <summary>A board with <paramref name="schools"/> schools.</summary>
    public static Task<Organisation> BoardAsync(TestApp app, int schools = 2, string? name = null) => app.OrganisationAsync(TestData.SchoolBoardInput(name, schools));

    /// <summary>
    /// A product of <paramref name="supplier"/> with <paramref name="privacy"/> and <paramref name="security"/> published as version 1, and an agreement
    /// with <paramref name="board"/> signed by both, its snapshot holding those versions and the board's choices (every optional service accepted, every
    /// transfer consented), covering <paramref name="schoolIds"/> or all schools. The PDF and DOCX of the snapshot are left out: nothing here reads them.
    /// </summary>
    public static Task<(Guid AgreementId, Guid ProductId)> SignedAsync(TestApp app, Organisation board, Organisation supplier, string productName,
        PrivacyAnnex privacy, SecurityAnnex security, IReadOnlyList<Guid>? schoolIds = null, DateOnly? contractDate = null) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<EduDpaDbContext>();
        var now = app.Clock.GetUtcNow();
        var product = await app.ProductAsync(supplier, productName);
        var published = DemoAnnexes.Published(product, supplier, AnnexKind.Privacy, privacy, 1, new DateOnly(2026, 11, 1), now);
        var publishedSecurity = DemoAnnexes.Published(product, supplier, AnnexKind.Security, security, 1, new DateOnly(2026, 11, 1), now);
        var privacyAnnex = published.PrivacyAnnex();
        var choices = new ProductAnnexChoices(product.Id,
            [.. privacyAnnex.OptionalServices.Select(s => new ServiceDecision(s.Id, AnnexJson.Fingerprint(s), true, now))],
            [.. privacyAnnex.Transfers.Select(t => new TransferConsent(t.Id, AnnexJson.Fingerprint(t), true, now))],
            new RetentionChoice(true, null, AnnexJson.Fingerprint(privacyAnnex.Retention)));

        var who = new Actor(Guid.NewGuid(), RepresentativeName);
        var representative = new Representative(RepresentativeName, "directeur");
        var hashes = new SnapshotHashes(new string('a', 64), new string('b', 64));
        var agreement = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, now,
            new UnderlyingContract(contractDate, "Licentie", 30), [product.Id]);
        agreement.UpdateProcessorPart(PartyRole.Processor, representative);
        agreement.UpdateControllerPart(PartyRole.Controller, representative, schoolIds is null, schoolIds ?? []);
        var contact = new ContactPerson(BoardContactName, "privacycoördinator", "geheim@school.example", null);
        agreement.UpdateBoardAnnexPart(PartyRole.Controller, contact, contact, [choices]);
        agreement.Offer(PartyRole.Processor, now);
        agreement.Approve(PartyRole.Controller, true, who, now);
        agreement.Sign(PartyRole.Controller, true, representative, who.UserId, SigningReadiness.Ready, () => hashes, now);
        agreement.Sign(PartyRole.Processor, true, representative, who.UserId, SigningReadiness.Ready, () => hashes, now);
        var content = new SnapshotContent(agreement.Id, ModelCatalog.ModelAgreement40, "", Party(board, representative), Party(supplier, representative), agreement.Contract,
            agreement.CoversAllSchools, [.. board.Schools.Where(s => agreement.CoversAllSchools || agreement.SchoolIds.Contains(s.Id)).Select(s => s.Name)], contact, contact,
            [new SnapshotProduct(product.Id, product.Name, privacyAnnex, publishedSecurity.SecurityAnnex(), choices)], [], now);
        db.AnnexVersions.AddRange(published, publishedSecurity);
        db.Agreements.Add(agreement);
        db.SignedSnapshots.Add(SignedSnapshot.Freeze(agreement.Id, AgreementSnapshot.CanonicalJson(content), [], [], now));
        await db.SaveChangesAsync();
        return (agreement.Id, product.Id);
    });

    private static SnapshotParty Party(Organisation organisation, Representative representative) =>
        new(organisation.Id, organisation.Name, organisation.KvkNumber.Value, "Teststraat 1, 1234 AB Teststad", representative);

    /// <summary>A draft agreement (nothing signed) for a new product with a published annex: never on a public page.</summary>
    public static Task<Guid> DraftAsync(TestApp app, Organisation board, Organisation supplier, string productName) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<EduDpaDbContext>();
        var product = await app.ProductAsync(supplier, productName);
        db.AnnexVersions.Add(DemoAnnexes.Published(product, supplier, AnnexKind.Privacy, DemoAnnexes.Portaal(), 1, new DateOnly(2026, 11, 1), app.Clock.GetUtcNow()));
        var draft = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, app.Clock.GetUtcNow(), UnderlyingContract.Empty, [product.Id]);
        db.Agreements.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    });

    /// <summary>The board's editor publishes (or saves unpublished) the page through the API; returns the editor's session.</summary>
    public static async Task<WebSession> PublishAsync(TestApp app, Organisation board, bool published = true, string introduction = "Welkom op onze privacypagina.")
    {
        var editor = await app.SignInMemberAsync(board, OrganisationRoles.Editor);
        var current = await (await editor.GetAsync("/api/transparency")).ReadJsonAsync();
        var saved = await editor.Client.PutJsonAsync("/api/transparency", new
        {
            published, introduction, contactName = "Functionaris gegevensbescherming", contactEmail = "fg@bestuur.example", contactPhone = "030 123 4567",
            contactUrl = "https://bestuur.example/privacy", version = current.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return editor;
    }

    public static async Task<string[]> ProductNamesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadJsonAsync()).GetProperty("products").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order()];
    }

    /// <summary>Brings the agreement to its end (recorded by the board, as the API would), ending on <paramref name="endDate"/>.</summary>
    public static Task EndAsync(TestApp app, Guid agreementId, DateOnly endDate) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<EduDpaDbContext>();
        var agreement = await db.Agreements.IgnoreQueryFilters().FirstAsync(a => a.Id == agreementId);
        agreement.RecordEnd(PartyRole.Controller, endDate, "Het contract loopt af", new Actor(Guid.NewGuid(), "B. Bestuur"), app.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    });
}
