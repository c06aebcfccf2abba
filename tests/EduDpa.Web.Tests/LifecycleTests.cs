using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static EduDpa.Web.Tests.AnnexApiTests;

namespace EduDpa.Web.Tests;

/// <summary>From offer to signature to the end, through the API, with the snapshot, the documents and the e-mails.</summary>
public sealed class LifecycleTests(SharedApps apps)
{
    internal sealed record Parties(TestApp App, Supplier Supplier, WebSession BoardEditor, WebSession Reviewer, WebSession BoardSignatory, WebSession SupplierSignatory,
        string ReviewerEmail, string SupplierSignatoryEmail, Guid AgreementId) : IDisposable
    {
        public static async Task<Parties> CreateAsync(TestApp app)
        {
            var supplier = await Supplier.CreateAsync(app);
            await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
            await supplier.PublishAsync();
            await supplier.PutAsync(Json(DemoAnnexes.RekenrouteSecurity()), "security");
            await supplier.PublishAsync("security");
            var board = await app.SchoolBoardAsync();
            var boardEditor = await app.SignInMemberAsync(board, OrganisationRoles.Editor);
            var reviewer = await app.PersonInAsync(board, OrganisationRoles.Reviewer);
            var boardSignatory = await app.SignInMemberAsync(board, OrganisationRoles.Signatory);
            var supplierSignatory = await app.PersonInAsync(supplier.Organisation, OrganisationRoles.Signatory);
            var draft = await (await supplier.Editor.Client.PostJsonAsync("/api/agreements", new
            {
                counterpartyId = board.Id, productIds = new[] { supplier.ProductId }, contractDescription = "Licentie Rekenmethode", returnTermDays = 30,
                representativeName = "L. Leverancier", representativeFunction = "directeur",
            })).ReadJsonAsync();
            return new Parties(app, supplier, boardEditor, await WebSession.SignInAsync(app, reviewer.Email!), boardSignatory,
                await WebSession.SignInAsync(app, supplierSignatory.Email!), reviewer.Email!, supplierSignatory.Email!, draft.GetProperty("id").GetGuid());
        }

        public string Url(string rest = "") => $"/api/agreements/{AgreementId}{rest}";

        public async Task<int> VersionAsync() => (await (await BoardEditor.GetAsync(Url())).ReadJsonAsync()).GetProperty("version").GetInt32();

        public async Task<HttpResponseMessage> StepAsync(WebSession who, string step, object? body = null)
        {
            var version = await VersionAsync();
            var payload = JsonSerializer.SerializeToElement(body ?? new { }, WebSession.Json);
            var fields = payload.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            fields["version"] = version;
            return await who.Client.PostJsonAsync(Url("/" + step), fields);
        }

        /// <summary>The board completes its part: representative and the annex choices, so nothing blocks signing.</summary>
        public async Task CompleteBoardPartAsync()
        {
            var put = await BoardEditor.Client.PutJsonAsync(Url(), new
            {
                productIds = new[] { Supplier.ProductId }, contractDescription = "ignored after the offer", representativeName = "B. Bestuurder",
                representativeFunction = "voorzitter college van bestuur", coversAllSchools = true, version = await VersionAsync(),
            });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            var part = await (await BoardEditor.GetAsync(Url("/annexes"))).ReadJsonAsync();
            var saved = await BoardEditor.Client.PutJsonAsync(Url("/annexes"), new
            {
                boardContact = new { name = "M. de Boer", function = "privacycoördinator", email = "privacy@school.example", phone = (string?)null },
                boardIncidentContact = new { name = "K. Smit", function = "ICT", email = "ict@school.example", phone = "030 123 4567" },
                products = new[]
                {
                    new
                    {
                        productId = Supplier.ProductId,
                        optionalServices = new[] { new { serviceId = "rr-ouder", accepted = (bool?)true } },
                        transfers = new[] { new { transferId = "rr-support", consented = (bool?)true } },
                        retention = new { adoptsProposal = true, periods = (string?)null },
                    },
                },
                version = part.GetProperty("version").GetInt32(),
            });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        /// <summary>Offered, completed by the board, approved and signed by both: an active agreement.</summary>
        public async Task SignByBothAsync()
        {
            await StepAsync(Supplier.Editor, "offer");
            await CompleteBoardPartAsync();
            await StepAsync(Reviewer, "approve");
            await StepAsync(BoardSignatory, "sign", new { name = "B. Bestuurder", function = "voorzitter" });
            Assert.Equal("Active", await StateAsync(await StepAsync(SupplierSignatory, "sign", new { name = "L. Leverancier", function = "directeur" })));
        }

        public Task<int> SendMailAsync() => App.InScopeAsync(services => services.GetRequiredService<MailOutbox>().SendPendingAsync(CancellationToken.None));

        public void Dispose()
        {
            Supplier.Dispose();
            BoardEditor.Dispose();
            Reviewer.Dispose();
            BoardSignatory.Dispose();
            SupplierSignatory.Dispose();
        }
    }

    private static async Task<string> StateAsync(HttpResponseMessage response) =>
        (await response.ReadJsonAsync()).GetProperty("lifecycle").GetProperty("currentState").GetString()!;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Offered_reviewed_signed_by_both_and_the_snapshot_verifies(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);

        Assert.Equal("Offered", await StateAsync(await p.StepAsync(p.Supplier.Editor, "offer")));
        await p.SendMailAsync();
        Assert.Contains("biedt", Assert.Single(app.Mail.To(p.ReviewerEmail)).Subject, StringComparison.Ordinal);
        await p.CompleteBoardPartAsync();

        var forbidden = await p.StepAsync(p.BoardEditor, "approve");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("beoordelaar", (await forbidden.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Approved", await StateAsync(await p.StepAsync(p.Reviewer, "approve")));

        var unsigned = await p.StepAsync(p.Reviewer, "sign", new { name = "R. Beoordelaar", function = "jurist" });
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Contains("tekenbevoegde", (await unsigned.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var version = await p.VersionAsync();
        var signing = new { name = "B. Bestuurder", function = "voorzitter college van bestuur", version };
        var clicks = await Task.WhenAll(p.BoardSignatory.Client.PostJsonAsync(p.Url("/sign"), signing), p.BoardSignatory.Client.PostJsonAsync(p.Url("/sign"), signing));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], clicks.Select(c => c.StatusCode).Order());
        Assert.Equal("SignedByOneParty", await StateAsync(await p.BoardEditor.GetAsync(p.Url())));

        await p.SendMailAsync();
        Assert.Single(app.Mail.To(p.SupplierSignatoryEmail));
        Assert.Equal("Active", await StateAsync(await p.StepAsync(p.SupplierSignatory, "sign", new { name = "L. Leverancier", function = "directeur" })));

        var verify = await (await p.BoardEditor.GetAsync(p.Url("/verify"))).ReadJsonAsync();
        Assert.True(verify.GetProperty("unchanged").GetBoolean());
        var audited = await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().AuditEntries
            .Where(e => e.Entity == "ProcessingAgreement" && e.EntityId == p.AgreementId.ToString()).Select(e => e.Changes).ToListAsync());
        Assert.Contains(audited, changes => changes.Contains("Signatures", StringComparison.Ordinal) && changes.Contains("L. Leverancier", StringComparison.Ordinal)
            && changes.Contains(verify.GetProperty("contentHash").GetString()!, StringComparison.Ordinal));
        var signatures = verify.GetProperty("signatures").EnumerateArray().ToList();
        Assert.Equal(2, signatures.Count);
        Assert.All(signatures, s => Assert.Equal(verify.GetProperty("contentHash").GetString(), s.GetProperty("contentHash").GetString()));

        var pdf = await (await p.Supplier.Editor.GetAsync(p.Url("/document?format=pdf"))).Content.ReadAsByteArrayAsync();
        Assert.Equal(verify.GetProperty("executedPdfHash").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Equal(pdf, await (await p.BoardEditor.GetAsync(p.Url("/document?format=pdf"))).Content.ReadAsByteArrayAsync());
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Join('\n', document.GetPages().Select(page => page.Text));
            Assert.Contains("B. Bestuurder", text, StringComparison.Ordinal);
            Assert.Contains("L. Leverancier", text, StringComparison.Ordinal);
            Assert.DoesNotContain("nog niet ondertekend", text, StringComparison.Ordinal);
            Assert.Contains(verify.GetProperty("contentHash").GetString()!, text.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        var docx = await p.BoardEditor.GetAsync(p.Url("/document?format=docx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);

        // A later change of the supplier's annexes does not reach the signed agreement.
        await p.Supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
        await p.Supplier.PublishAsync();
        var again = await (await p.BoardEditor.GetAsync(p.Url("/document?format=pdf"))).Content.ReadAsByteArrayAsync();
        Assert.Equal(pdf, again);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_changed_snapshot_row_is_detected(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        await p.StepAsync(p.Supplier.Editor, "offer");
        await p.CompleteBoardPartAsync();
        await p.StepAsync(p.Reviewer, "approve");
        Assert.Equal(HttpStatusCode.OK, (await p.StepAsync(p.BoardSignatory, "sign", new { name = "B. Bestuurder", function = "voorzitter" })).StatusCode);

        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            await db.SignedSnapshots.IgnoreQueryFilters().Where(s => s.AgreementId == p.AgreementId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ContentJson, x => x.ContentJson.Replace("Licentie", "Licentie (aangepast)")));
        });

        var verify = await (await p.BoardEditor.GetAsync(p.Url("/verify"))).ReadJsonAsync();
        Assert.False(verify.GetProperty("unchanged").GetBoolean());
        Assert.NotEqual(verify.GetProperty("contentHash").GetString(), verify.GetProperty("storedContentHash").GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Signing_is_refused_with_every_guard_that_failed(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        await p.StepAsync(p.Supplier.Editor, "offer");
        await p.StepAsync(p.Reviewer, "approve");

        var refused = await p.StepAsync(p.BoardSignatory, "sign", new { name = "B. Bestuurder", function = "voorzitter" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("annexChoices", out _));
        Assert.True(errors.TryGetProperty("findings", out _));
        Assert.True(errors.TryGetProperty("boardRepresentative", out _));
        Assert.Equal(0, await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().SignedSnapshots.IgnoreQueryFilters().CountAsync(s => s.AgreementId == p.AgreementId)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Declining_needs_a_reason_and_tells_the_supplier(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        await p.StepAsync(p.Supplier.Editor, "offer");

        var noReason = await p.StepAsync(p.Reviewer, "decline", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.ReadJsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));

        Assert.Equal("Declined", await StateAsync(await p.StepAsync(p.Reviewer, "decline", new { reason = "We kiezen een andere methode." })));
        await p.SendMailAsync();
        Assert.Contains(app.Mail.Messages, m => m.Subject!.Contains("afgewezen", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_end_return_and_destruction_close_the_agreement(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        await p.SignByBothAsync();

        var ended = await (await p.StepAsync(p.Supplier.Editor, "end", new { endDate = "2026-11-23", reason = "Licentie opgezegd" })).ReadJsonAsync();
        Assert.Equal("AwaitingReturn", ended.GetProperty("lifecycle").GetProperty("currentState").GetString());
        Assert.Equal("2026-12-23", ended.GetProperty("lifecycle").GetProperty("returnDeadline").GetString());
        var next = (await (await p.BoardEditor.GetAsync("/api/agreements")).ReadJsonAsync()).EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == p.AgreementId).GetProperty("nextAction");
        Assert.Equal(("AwaitDestruction", false), (next.GetProperty("kind").GetString(), next.GetProperty("overdue").GetBoolean()));

        var incomplete = await p.StepAsync(p.Supplier.Editor, "destruction", new { destroyed = true, date = "2026-11-23", performedBy = "Afdeling beheer", subProcessorsConfirmed = false });
        Assert.True((await incomplete.ReadJsonAsync()).GetProperty("errors").TryGetProperty("subProcessorsConfirmed", out _));
        await p.StepAsync(p.Supplier.Editor, "destruction", new { destroyed = true, date = "2026-11-23", performedBy = "Afdeling beheer", subProcessorsConfirmed = true });
        await p.SendMailAsync();
        Assert.Contains(app.Mail.Messages, m => m.Subject!.Contains("bevestigt", StringComparison.Ordinal));
        Assert.Equal("Closed", await StateAsync(await p.StepAsync(p.BoardEditor, "acknowledge")));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_new_version_supersedes_the_signed_agreement_once_signed(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        await p.SignByBothAsync();

        var created = await p.StepAsync(p.Supplier.Editor, "successor");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await p.StepAsync(p.Supplier.Editor, "successor")).StatusCode);
        var successor = p with { AgreementId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid() };
        Assert.Equal("Draft", await StateAsync(await successor.BoardEditor.GetAsync(successor.Url())));

        await successor.StepAsync(p.Supplier.Editor, "offer");
        await successor.StepAsync(p.Reviewer, "approve");
        await successor.StepAsync(p.BoardSignatory, "sign", new { name = "B. Bestuurder", function = "voorzitter" });
        await successor.StepAsync(p.SupplierSignatory, "sign", new { name = "L. Leverancier", function = "directeur" });

        Assert.Equal("Superseded", await StateAsync(await p.BoardEditor.GetAsync(p.Url())));
    }
}
