using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Files;
using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Models;
using EduDpa.Domain.Obligations;
using EduDpa.Domain.Offers;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Requests;
using EduDpa.Testing;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>
/// Walks every page handler and API endpoint the application has (read from its own endpoint list) as a
/// person with every role in organisation A, aimed at organisations B's resources. Nothing of B may come
/// back and nothing of B may change. An endpoint added without tenant scoping fails this test; so does an
/// endpoint with a route parameter this test does not know yet: teach <see cref="World.ValuesFor"/> what it
/// identifies. The directory of counterparties is public by design: it may show B's name and product
/// names (the public marker), never anything else of B (the private marker).
/// </summary>
public sealed partial class TenantIsolationTests(SharedApps apps)
{
    /// <summary>Endpoints that act on the signed-in person's own session, not on any organisation's data.</summary>
    private static readonly HashSet<string> SessionOnly = ["POST /account/logout"];

    /// <summary>The public directory of counterparties and their product names, and the page that offers it.</summary>
    private static readonly HashSet<string> PublicDirectory =
    [
        "GET /api/directory/organisations",
        "GET /api/directory/organisations/{organisationId:guid}/products",
        "GET /agreements/new",
        "POST /agreements/new",
        "POST /agreements/new?handler=Choose",
    ];

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_of_one_organisation_never_reads_or_changes_another_organisations_data(TestDatabase database)
    {
        var app = await apps.Get(database);
        var world = await World.CreateAsync(app);
        using var session = await WebSession.SignInAsync(app, world.PersonA.Email!);
        var before = await world.SnapshotOfBAsync(app);

        var failures = await SweepAsync(world, session.Client, await EndpointCatalog.ReadAsync(app.Services), session);

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(before, await world.SnapshotOfBAsync(app));
        var me = await (await session.GetAsync("/api/me")).ReadAsync<AccountFeature.MeResponse>();
        Assert.Equal(world.A.Id, me.CurrentOrganisationId);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_access_token_of_one_organisation_never_reads_or_changes_another_organisations_data(TestDatabase database)
    {
        var app = await apps.Get(database);
        var world = await World.CreateAsync(app);
        using var session = await WebSession.SignInAsync(app, world.PersonA.Email!);
        var secret = (await (await session.Client.PostJsonAsync("/api/tokens", new { name = "isolatie", organisationId = world.A.Id })).ReadJsonAsync()).GetProperty("secret").GetString()!;
        using var api = WebSession.Api(app, secret);
        var before = await world.SnapshotOfBAsync(app);

        var apiEntries = (await EndpointCatalog.ReadAsync(app.Services)).Where(e => e.IsApi).ToList();
        var failures = await SweepAsync(world, api, apiEntries, session: null);

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(before, await world.SnapshotOfBAsync(app));
    }

    private static async Task<List<string>> SweepAsync(World world, HttpClient client, IReadOnlyList<Entry> entries, WebSession? session)
    {
        var failures = new List<string>();
        foreach (var entry in entries.Where(e => !SessionOnly.Contains(e.Key)))
        {
            var unknown = entry.Parameters.Where(p => world.ValuesFor(p) is null).ToList();
            if (unknown.Count > 0)
            {
                failures.Add($"{entry.Key}: route parameter(s) {string.Join(", ", unknown)} unknown to this test; add what they identify to World.ValuesFor.");
                continue;
            }
            foreach (var url in Urls(entry, world))
            {
                using var request = await RequestAsync(entry, url, world, session);
                var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var directory = PublicDirectory.Contains(entry.Key);
                if (body.Contains(world.Private, StringComparison.Ordinal) || (!directory && body.Contains(world.Public, StringComparison.Ordinal)))
                {
                    failures.Add($"{entry.Key} → {url}: the response contains organisation B's data.");
                }
                if (!directory && entry.Parameters.Any(World.IdentifiesResource) && !IsRefusal(response))
                {
                    failures.Add($"{entry.Key} → {url}: answered {(int)response.StatusCode} {response.Headers.Location}; expected 403 or 404 for another organisation's resource.");
                }
                if (entry.Key == "POST /organisation/switch" && !IsRefusal(response))
                {
                    failures.Add($"{entry.Key}: switching to an organisation one does not belong to answered {(int)response.StatusCode}; expected a refusal.");
                }
            }
        }
        return failures;
    }

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery().StartsWith("/account/access-denied", StringComparison.Ordinal));

    private static IEnumerable<string> Urls(Entry entry, World world)
    {
        IEnumerable<string> urls = [entry.Route];
        foreach (var parameter in entry.Parameters)
        {
            urls = urls.SelectMany(url => world.ValuesFor(parameter)!.Select(value =>
                RouteParameter().Replace(url, m => m.Groups["name"].Value == parameter ? Uri.EscapeDataString(value) : m.Value)));
        }
        // Optional parameters ({code:int?}, {documentName?}) are left out.
        return urls.Select(url => RouteParameter().Replace(url, string.Empty).Replace("//", "/", StringComparison.Ordinal))
            .Select(url => entry.Handler is null ? url : $"{url}?handler={entry.Handler}");
    }

    /// <summary>A request carrying B's identifiers wherever a form or JSON body could name a resource.</summary>
    private static async Task<HttpRequestMessage> RequestAsync(Entry entry, string url, World world, WebSession? session)
    {
        var request = new HttpRequestMessage(new HttpMethod(entry.Method), new Uri(url, UriKind.Relative));
        if (entry.Method is "GET" or "DELETE")
        {
            return request;
        }
        if (entry.IsApi)
        {
            request.Content = JsonContent.Create(new
            {
                organisationId = world.B.Id, membershipId = world.MembershipB, productId = world.ProductB, invitationId = world.InvitationB, tokenId = world.TokenB,
                agreementId = world.AgreementB, amendmentId = world.AmendmentB, counterpartyId = world.B2.Id, model = ModelCatalog.ModelAgreement40, productIds = new[] { world.ProductB }, clauseId = "8.2", newText = "Isolatietest", reason = "Isolatietest",
                name = "Isolatietest", roles = new[] { "Viewer" }, version = 1, email = Unique.Email("isolatie"),
                digest = false, excludedKinds = new[] { "BreachDecision" },
            }, options: WebSession.Json);
            return request;
        }
        var fields = new List<KeyValuePair<string, string>>
        {
            new("organisationId", world.B.Id.ToString()), new("membershipId", world.MembershipB.ToString()), new("productId", world.ProductB.ToString()),
            new("invitationId", world.InvitationB.ToString()), new("tokenId", world.TokenB.ToString()),
            new("agreementId", world.AgreementB.ToString()), new("amendmentId", world.AmendmentB.ToString()), new("Input.CounterpartyId", world.B2.Id.ToString()),
            new("Input.ProductIds", world.ProductB.ToString()), new("Input.ClauseId", "8.2"), new("Input.NewText", "Isolatietest"), new("Input.Reason", "Isolatietest"),
            new("Input.Name", "Isolatietest"), new("Input.Version", "1"), new("Version", "1"), new("Roles", "Viewer"),
        };
        if (session is not null)
        {
            fields.Add(new("__RequestVerificationToken", await session.AntiforgeryTokenAsync()));
        }
        request.Content = new FormUrlEncodedContent(fields);
        return request;
    }

    /// <summary>Organisation A, where the person acting has every role, and organisations B and B2 with data of every kind, each carrying a marker.</summary>
    private sealed record World(Organisation A, User PersonA, Organisation B, Organisation B2, string Public, string Private,
        Guid MembershipB, Guid ProductB, Guid InvitationB, Guid TokenB, Guid AgreementB, Guid AmendmentB, User PersonB, Guid OpenOfferB, Guid SignedAgreementB, Guid BreachB, Guid CalendarFeedB, Guid RequestB, Guid ChangeB, Guid ProductBreachB,
        Guid CertificateB, Guid AuditB, Guid AnalysisDraftB, Guid AnalysisDecidedB, string KvkB2, string BrinB2)
    {
        public static async Task<World> CreateAsync(TestApp app)
        {
            var marker = $"OPENBAAR{Guid.NewGuid():N}"[..20];
            var secret = $"GEHEIM{Guid.NewGuid():N}"[..20];
            var a = await app.SupplierAsync();
            var personA = await app.PersonInAsync(a, OrganisationRolesExtensions.All);
            await app.ProductAsync(a);

            var b = await app.SupplierAsync($"{marker} leverancier");
            var b2 = await app.OrganisationAsync(TestData.SchoolBoardInput($"{marker} bestuur") with
            {
                Schools = [new SchoolInput { Name = $"{secret} school", Brin = Unique.Brin(), Sector = Sector.Vo }],
            });
            var personB = await app.UserAsync(Unique.Email(secret.ToLowerInvariant()), displayName: $"{secret} persoon");
            var membershipB = await app.MemberAsync(personB, b, OrganisationRoles.Admin);
            await app.MemberAsync(personB, b2, OrganisationRoles.Admin);
            var productB = await app.ProductAsync(b, $"{marker} product");
            var (invitation, token, agreement, amendment, openOffer, signedAgreement, breach, feed, productBreach) = await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<EduDpaDbContext>();
                var now = app.Clock.GetUtcNow();
                var invitation = Invitation.Create(b.Id, EmailAddress.Parse(Unique.Email(secret.ToLowerInvariant())), OrganisationRoles.Viewer, Secrets.Hash(Guid.NewGuid().ToString()), personB.Id, now);
                var token = AccessToken.Create(personB.Id, b.Id, $"{secret} token", "edudpa_xxxxx", Secrets.Hash(Guid.NewGuid().ToString()), now, null);
                var agreement = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, b2.Id, b.Id, PartyRole.Processor, now,
                    new UnderlyingContract(null, $"{secret} levering"), [productB.Id]);
                var amendment = Amendment.Propose(agreement, PartyRole.Processor, "8.2", AmendmentKind.Change, $"{secret} tekst", $"{secret} reden", false, [], personB.Id, personB.Email!, now);
                // B's annexes: a published version (read by B and boards with an agreement, not by A) and a draft (B's alone).
                var annex = AnnexJson.Serialize(PrivacyAnnex.Empty(ModelCatalog.ModelAgreement40) with { ProcessorContact = new ContactPerson($"{secret} contact", null, null, null) });
                var published = AnnexVersion.StartDraft(productB.Id, b.Id, AnnexKind.Privacy, annex, now);
                published.Publish(1, new DateOnly(2026, 11, 1), productB.Name, annex, [], now);
                var draft = AnnexVersion.StartDraft(productB.Id, b.Id, AnnexKind.Privacy, annex, now);
                var security = AnnexVersion.StartDraft(productB.Id, b.Id, AnnexKind.Security,
                    AnnexJson.Serialize(SecurityAnnex.Empty(ModelCatalog.ModelAgreement40) with { IncidentContact = new ContactPerson($"{secret} incident", null, null, null) }), now);
                // A closed open offer of B: no longer in the catalogue, not adoptable, and it makes none of B's annexes public.
                var openOffer = OpenOffer.Publish(b.Id, productB.Id, ModelCatalog.ModelAgreement40,
                    new OfferTerms(new Representative($"{secret} vertegenwoordiger", "directeur"), new UnderlyingContract(null, $"{secret} levering", 30)), now);
                openOffer.Close(now);
                // A signed agreement of B with B2 and a breach under it: seen by B and B2 only.
                var signed = SignedAgreement(b2.Id, b.Id, productB.Id, new Actor(personB.Id, $"{secret} persoon"), $"{secret} levering", now);
                var breach = DataBreach.Record(signed, PartyRole.Processor, new Actor(personB.Id, $"{secret} persoon"), new BreachFacts(BreachKind.DataBreach, now.AddHours(-1), null, null, null,
                    $"{secret} datalek", BreachNature.Copying, null, null, null, null, 1, null, null, null, null, false, null), now);
                // B's person's calendar subscription: its address is a secret A does not have.
                var feed = Web.Features.Obligations.CalendarFeed.Create(personB.Id, b.Id, Secrets.Hash(Secrets.New("edudpa_cal_")), now);
                // B's breach for its product (one incident, here one board) and B's person's digest preferences.
                var productBreach = DataBreach.RecordForProduct(productB.Id, [signed], new Actor(personB.Id, $"{secret} persoon"), new BreachFacts(BreachKind.SecurityIncident,
                    now.AddHours(-1), null, null, null, $"{secret} productlek", BreachNature.None, null, null, null, null, null, null, null, null, null, false, null), now).Single();
                var preference = Web.Features.Notifications.NotificationPreference.Default(personB.Id);
                preference.Change(true, ["RequestAnswer"], now);
                db.AddRange(invitation, token, agreement, amendment, published, draft, security, openOffer, signed, breach, feed, productBreach, preference);
                await db.SaveChangesAsync();
                return (invitation.Id, token.Id, agreement.Id, amendment.Id, openOffer.Id, signed.Id, breach.Id, feed.Id, productBreach.Id);
            });
            // B's significant change to that product, with B2's notice waiting for an answer: seen by B and B2 only.
            var change = await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<EduDpaDbContext>();
                var signed = await db.Agreements.IgnoreQueryFilters().FirstAsync(x => x.Id == signedAgreement);
                var now = app.Clock.GetUtcNow();
                var change = AnnexChange.FromPublication(productB.Id, b.Id, productB.Name, AnnexKind.Privacy, 1, 2, AnnexDifference.None with { AddedPurposes = ["E20"] },
                    $"{secret} gevolgen", Deadlines.DateIn(now).AddDays(30), new Actor(personB.Id, $"{secret} persoon"), now);
                db.AddRange(change, change.NoticeFor(signed));
                await db.SaveChangesAsync();
                return change.Id;
            });
            // A data subject request under B's signed agreement, forwarded by B, with an open question for B.
            var request = await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<EduDpaDbContext>();
                var signed = await db.Agreements.IgnoreQueryFilters().FirstAsync(x => x.Id == signedAgreement);
                var now = app.Clock.GetUtcNow();
                var request = DataSubjectRequest.Forward(signed, PartyRole.Processor, "access", now, $"{secret} verzoek", "pupil", new Actor(personB.Id, personB.Email!), now);
                request.AskAssistance(PartyRole.Controller, $"{secret} hulpvraag", new Actor(personB.Id, personB.Email!), now);
                db.DataSubjectRequests.Add(request);
                await db.SaveChangesAsync();
                return request.Id;
            });
            // B's certificate for its product (read by B and by B2, whose signed agreement covers it) and B2's audit of B with its report.
            var (certificate, audit) = await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<EduDpaDbContext>();
                var signed = await db.Agreements.IgnoreQueryFilters().FirstAsync(x => x.Id == signedAgreement);
                var now = app.Clock.GetUtcNow();
                var who = new Actor(personB.Id, $"{secret} persoon");
                var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n{secret} certificaat\n%%EOF");
                var (certificate, document) = Certificate.Add(b.Id, productB.Id, new CertificateInput("Iso27001", null, $"{secret} reikwijdte", $"{secret} uitgever",
                    new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)), new FileUpload($"{secret}.pdf", "application/pdf", pdf.Length, pdf), 1024 * 1024, null, who, now);
                var audit = AuditRequest.Request(signed, PartyRole.Controller, new AuditProposal($"{secret} auditscope", $"{secret} auditor", new DateOnly(2027, 1, 11), null, null), who, now);
                audit.Approve(PartyRole.Processor, null, who, now);
                var report = audit.UploadReport(PartyRole.Processor, $"{secret} bevindingen", false, new FileUpload("rapport.pdf", "application/pdf", pdf.Length, pdf), 1024 * 1024, who, now);
                db.AddRange(document, certificate, report, audit);
                // B2's public page, saved but not published: its introduction and contact are B2's until it publishes.
                db.TransparencyPages.Add(Domain.Transparency.TransparencyPage.Create(b2.Id,
                    new Domain.Transparency.TransparencyPageInput(false, $"{secret} inleiding", $"{secret} contact", "geheim@b2.example", null, null), now));
                await db.SaveChangesAsync();
                return (certificate.Id, audit.Id);
            });
            // An analysis in draft (analysts only) and a published one with B2's own decision on it (B2's alone).
            var (analysisDraft, analysisDecided) = await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<EduDpaDbContext>();
                var now = app.Clock.GetUtcNow();
                var analyst = new Actor(personB.Id, $"{secret} analist");
                var content = new AnalysisDocument($"{secret} analyse", new AnalysisVendor($"{secret} leverancier"), [ModelCatalog.ModelAgreement40],
                    [new AnalysisRow(ModelCatalog.ModelAgreement40, "7.4", null, null, $"{secret} oordeel", Verdict.Attention, $"{secret} actie")]);
                var draft = TermsAnalysis.Start(content, analyst, now);
                var published = TermsAnalysis.Start(content, analyst, now);
                published.Submit(analyst, now);
                published.Review(new Actor(Guid.NewGuid(), "tweede analist"), null, now);
                published.Publish(analyst, now);
                var decision = AnalysisDecision.Record(published, b2.Id, new DecisionInput(DecisionOutcome.DoNotAccept, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1),
                    $"{secret} bestuurder", "voorzitter", $"{secret} motivering", []), analyst, DateOnly.FromDateTime(now.UtcDateTime), now);
                db.AddRange(draft, published, decision);
                await db.SaveChangesAsync();
                return (draft.Id, published.Id);
            });
            return new World(a, personA, b, b2, marker, secret, membershipB.Id, productB.Id, invitation, token, agreement, amendment, personB, openOffer, signedAgreement, breach, feed, request,
                change, productBreach, certificate, audit, analysisDraft, analysisDecided, b2.KvkNumber.Value, b2.Schools[0].Brin.Value);
        }

        /// <summary>An agreement signed by both through the domain's own steps (no snapshot stored: nothing here reads it).</summary>
        public static ProcessingAgreement SignedAgreement(Guid boardId, Guid processorId, Guid productId, Actor who, string contract, DateTimeOffset now)
        {
            var representative = new Representative(who.Name, "directeur");
            var hashes = new SnapshotHashes(new string('a', 64), new string('b', 64));
            var signed = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, boardId, processorId, PartyRole.Processor, now, new UnderlyingContract(null, contract, 30), [productId]);
            signed.UpdateProcessorPart(PartyRole.Processor, representative);
            signed.UpdateControllerPart(PartyRole.Controller, representative, true, []);
            signed.Offer(PartyRole.Processor, now);
            signed.Approve(PartyRole.Controller, true, who, now);
            signed.Sign(PartyRole.Controller, true, representative, who.UserId, SigningReadiness.Ready, () => hashes, now);
            signed.Sign(PartyRole.Processor, true, representative, who.UserId, SigningReadiness.Ready, () => hashes, now);
            return signed;
        }

        /// <summary>Route parameters that name something an organisation owns; a request for B's must be refused.</summary>
        public static bool IdentifiesResource(string parameter) => parameter is not ("documentName" or "modelId" or "kind" or "number" or "version");

        public IReadOnlyList<string>? ValuesFor(string parameter) => parameter switch
        {
            "organisationId" => [B.Id.ToString(), B2.Id.ToString()],
            "membershipId" => [MembershipB.ToString()],
            "productId" => [ProductB.ToString()],
            "invitationId" => [InvitationB.ToString()],
            "tokenId" => [TokenB.ToString()],
            "file" => ["20261123T090000Z-0123456789abcdef0123456789abcdef.eml"],
            "agreementId" => [AgreementB.ToString(), SignedAgreementB.ToString()],
            "breachId" => [BreachB.ToString(), ProductBreachB.ToString()],
            "requestId" => [RequestB.ToString()],
            "changeId" => [ChangeB.ToString()],
            "certificateId" => [CertificateB.ToString()],
            "auditId" => [AuditB.ToString()],
            "analysisId" => [AnalysisDraftB.ToString(), AnalysisDecidedB.ToString()],
            // B2's board and school: its public page is not published, so for anyone it does not exist.
            "kvk" => [KvkB2],
            "brin" => [BrinB2],
            "amendmentId" => [AmendmentB.ToString()],
            "openOfferId" => [OpenOfferB.ToString()],
            "feedId" => [CalendarFeedB.ToString()],
            // A calendar address is its own credential; A can only guess one.
            "secret" => ["edudpa_cal_" + Guid.NewGuid().ToString("N")],
            "documentName" => ["v1"],
            "modelId" => [ModelCatalog.ModelAgreement40],
            "kind" => ["privacy", "security"],
            "number" => ["1"],
            "version" => ["1", "draft"],
            _ => null,
        };

        /// <summary>Everything of B and B2 that a leak could change, as text for one comparison.</summary>
        public Task<string> SnapshotOfBAsync(TestApp app) => app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            var ids = new[] { B.Id, B2.Id };
            var organisations = await db.Organisations.IgnoreQueryFilters().Include(o => o.Schools).Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name)
                .Select(o => $"{o.Name}/{o.Version}/{o.Schools.Count}").ToListAsync();
            var products = await db.Products.IgnoreQueryFilters().Where(p => ids.Contains(p.SupplierId)).OrderBy(p => p.Name).Select(p => $"{p.Name}/{p.Version}").ToListAsync();
            var memberships = await db.Memberships.IgnoreQueryFilters().Where(m => ids.Contains(m.OrganisationId)).OrderBy(m => m.Id).Select(m => $"{m.UserId}/{m.Roles}/{m.Version}").ToListAsync();
            var invitations = await db.Invitations.IgnoreQueryFilters().Where(i => ids.Contains(i.OrganisationId)).Select(i => $"{i.Id}/{i.RevokedAt}/{i.AcceptedAt}").ToListAsync();
            var tokens = await db.AccessTokens.IgnoreQueryFilters().Where(t => ids.Contains(t.OrganisationId)).Select(t => $"{t.Id}/{t.UserId}/{t.RevokedAt}").ToListAsync();
            var agreements = await db.Agreements.IgnoreQueryFilters().Where(a => ids.Contains(a.BoardId)).Select(a => $"{a.Id}/{a.Version}").ToListAsync();
            var amendments = await db.Amendments.IgnoreQueryFilters().Where(a => ids.Contains(a.BoardId)).Select(a => $"{a.Id}/{a.State}/{a.Version}").ToListAsync();
            var annexes = await db.AnnexVersions.IgnoreQueryFilters().Where(v => ids.Contains(v.SupplierId)).OrderBy(v => v.Id).Select(v => $"{v.Id}/{v.Number}/{v.Version}").ToListAsync();
            var openOffers = await db.OpenOffers.Where(o => ids.Contains(o.ProcessorId)).OrderBy(o => o.Id).Select(o => $"{o.Id}/{o.ClosedAt}/{o.Version}").ToListAsync();
            var offers = await db.Agreements.IgnoreQueryFilters().Where(a => ids.Contains(a.ProcessorId)).Select(a => $"{a.Id}/{a.BoardId}/{a.Version}").ToListAsync();
            var breaches = await db.Breaches.IgnoreQueryFilters().Where(x => ids.Contains(x.BoardId)).OrderBy(x => x.Id).Select(x => $"{x.Id}/{x.Version}").ToListAsync();
            var requests = await db.DataSubjectRequests.IgnoreQueryFilters().Where(r => ids.Contains(r.BoardId) || ids.Contains(r.ProcessorId)).OrderBy(r => r.Id)
                .Select(r => $"{r.Id}/{r.Version}").ToListAsync();
            var notices = await db.ChangeNotices.IgnoreQueryFilters().Where(n => ids.Contains(n.BoardId) || ids.Contains(n.ProcessorId)).OrderBy(n => n.ChangeId)
                .Select(n => $"{n.ChangeId}/{n.AgreementId}/{n.State}/{n.Version}").ToListAsync();
            var changes = await db.AnnexChanges.IgnoreQueryFilters().CountAsync(c => ids.Contains(c.SupplierId));
            var preferences = await db.NotificationPreferences.IgnoreQueryFilters().Where(p => p.UserId == PersonB.Id)
                .Select(p => $"{p.UserId}/{p.DigestEnabled}/{string.Join(",", p.ExcludedKinds)}").ToListAsync();
            var certificates = await db.Certificates.IgnoreQueryFilters().Where(c => ids.Contains(c.SupplierId)).OrderBy(c => c.Id).Select(c => $"{c.Id}/{c.Version}/{c.WithdrawnAt}").ToListAsync();
            var pages = await db.TransparencyPages.IgnoreQueryFilters().Where(p => ids.Contains(p.BoardId)).Select(p => $"{p.BoardId}/{p.Published}/{p.Version}").ToListAsync();
            var audits = await db.AuditRequests.IgnoreQueryFilters().Where(x => ids.Contains(x.BoardId) || ids.Contains(x.ProcessorId)).OrderBy(x => x.Id).Select(x => $"{x.Id}/{x.State}/{x.Version}").ToListAsync();
            var analyses = await db.Analyses.Where(x => x.Id == AnalysisDraftB || x.Id == AnalysisDecidedB).OrderBy(x => x.Id).Select(x => $"{x.Id}/{x.State}/{x.Version}").ToListAsync();
            var decisions = await db.AnalysisDecisions.IgnoreQueryFilters().Where(d => ids.Contains(d.BoardId)).OrderBy(d => d.Id).Select(d => $"{d.Id}/{d.Outcome}/{d.Version}").ToListAsync();
            var requestCount = await db.DataSubjectRequests.IgnoreQueryFilters().CountAsync(r => ids.Contains(r.BoardId) || ids.Contains(r.ProcessorId));
            var audit = await db.AuditEntries.CountAsync(e => e.OrganisationId != null && ids.Contains(e.OrganisationId.Value));
            return string.Join('\n', organisations.Concat(products).Concat(memberships).Concat(invitations).Concat(tokens).Concat(agreements).Concat(amendments).Concat(annexes).Concat(openOffers).Concat(offers).Concat(breaches).Concat(requests).Concat(notices).Concat(preferences).Concat(certificates).Concat(audits).Concat(analyses).Concat(decisions).Concat(pages).Append($"changes:{changes}").Append($"requests:{requestCount}").Append($"audit:{audit}"));
        });
    }
}
