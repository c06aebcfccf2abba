using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>What the certificate and audit tests share: a board and a supplier with a signed agreement, PDFs, multipart posts.</summary>
internal static class AssuranceKit
{
    public static byte[] Pdf(string text = "ISO 27001 certificaat") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text} {Guid.NewGuid():N}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>An agreement between the board and the supplier covering the product, in the state given (signed by both by default).</summary>
    public static Task<Guid> AgreementAsync(TestApp app, Organisation board, Organisation supplier, Guid productId, bool signed = true, bool declined = false) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<EduDpaDbContext>();
        var now = app.Clock.GetUtcNow();
        var who = new Actor(Guid.NewGuid(), "L. Leverancier");
        var representative = new Representative(who.Name, "directeur");
        var hashes = new SnapshotHashes(new string('a', 64), new string('b', 64));
        var agreement = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, now, new UnderlyingContract(null, "Licentie", 30), [productId]);
        agreement.UpdateProcessorPart(PartyRole.Processor, representative);
        agreement.UpdateControllerPart(PartyRole.Controller, representative, true, []);
        agreement.Offer(PartyRole.Processor, now);
        if (declined)
        {
            agreement.Decline(PartyRole.Controller, "Niet nodig", now);
        }
        else if (signed)
        {
            agreement.Approve(PartyRole.Controller, true, who, now);
            agreement.Sign(PartyRole.Controller, true, representative, who.UserId, SigningReadiness.Ready, () => hashes, now);
            agreement.Sign(PartyRole.Processor, true, representative, who.UserId, SigningReadiness.Ready, () => hashes, now);
        }
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
        return agreement.Id;
    });

    public static MultipartFormDataContent Form(IEnumerable<(string Name, string Value)> fields, byte[]? file, string fileName = "certificaat.pdf", string contentType = "application/pdf")
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            content.Add(part, "document", fileName);
        }
        return content;
    }

    public static (string, string)[] CertificateFields(string kind = "Iso27001", string validFrom = "2026-01-01", string validTo = "2028-12-31", string? replaces = null) =>
        [("kind", kind), ("scope", "Ontwikkeling, hosting en beheer van het product"), ("issuer", "Certificerende Instelling B.V."), ("validFrom", validFrom), ("validTo", validTo),
            .. replaces is null ? Array.Empty<(string, string)>() : [("replaces", replaces)]];

    /// <summary>A multipart post to the API as a person signed in with the cookie, with the anti-forgery token a page of theirs would give.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(WebSession session, string url, MultipartFormDataContent content, bool antiforgery = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = content };
        if (antiforgery)
        {
            request.Headers.Add("RequestVerificationToken", await session.AntiforgeryTokenAsync());
        }
        return await session.Client.SendAsync(request);
    }

    /// <summary>Submits a page's multipart form as a browser would: its fields (anti-forgery token included), changed by <paramref name="fill"/>, and a file.</summary>
    public static async Task<HttpResponseMessage> SubmitFileFormAsync(WebSession session, string pageUrl, string formSelector, Action<FormFields> fill, string fileField, byte[]? file,
        string fileName = "certificaat.pdf")
    {
        var page = await session.PageAsync(pageUrl);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector(formSelector)!;
        var fields = FormFields.From(form);
        fill(fields);
        var content = new MultipartFormDataContent();
        foreach (var pair in fields.Pairs.Where(p => p.Key != fileField))
        {
            content.Add(new StringContent(pair.Value), pair.Key);
        }
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, fileField, fileName);
        }
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action.StartsWith('?') ? pageUrl.Split('?')[0] + action : action;
        return await session.Client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    public static async Task<string> AccessTokenAsync(WebSession session, Organisation organisation) =>
        (await (await session.Client.PostJsonAsync("/api/tokens", new { name = "koppeling", organisationId = organisation.Id })).ReadJsonAsync()).GetProperty("secret").GetString()!;

    public static Task<int> SendMailAsync(TestApp app) => app.InScopeAsync(services => services.GetRequiredService<MailOutbox>().SendPendingAsync(CancellationToken.None));

    /// <summary>Runs <paramref name="work"/> in a scope acting as a viewer of the organisation, as a page of theirs would.</summary>
    public static async Task<T> AsMemberAsync<T>(TestApp app, Organisation organisation, Func<IServiceProvider, Task<T>> work)
    {
        var person = await app.PersonInAsync(organisation, OrganisationRoles.Viewer);
        return await app.InScopeAsync(async services =>
        {
            services.GetRequiredService<TenantContext>().Set(person.Id, person.Email, PlatformRoles.None,
                [new(organisation.Id, organisation.Name, organisation.Kind, OrganisationRoles.Viewer)], organisation.Id);
            return await work(services);
        });
    }
}
