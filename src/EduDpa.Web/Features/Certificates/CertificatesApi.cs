using System.Globalization;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Certificates;

/// <summary>/api/products/{id}/certificates and /api/certificates: the supplier's certificates and third-party statements per product (model art. 7.7 d).</summary>
public static class CertificatesApi
{
    public sealed record DocumentResponse(string FileName, long Size, string Sha256, string Url);

    public sealed record CertificateResponse(
        Guid Id, Guid ProductId, string ProductName, Guid SupplierId, string SupplierName, CertificateKind Kind, string? OtherName, string Scope, string Issuer,
        DateOnly ValidFrom, DateOnly ValidTo, DateTimeOffset ExpiresAt, CertificateStatus Status, int DaysLeft, DocumentResponse Document,
        DateTimeOffset AddedAt, string AddedByName, Guid? SupersedesId, Guid? SupersededById, DateTimeOffset? WithdrawnAt, string? WithdrawalReason, int Version);


    public sealed record WithdrawRequest(int? Version, string? Reason);

    public static CertificateResponse Describe(CertificateView view)
    {
        var c = view.Certificate;
        var d = view.Document;
        return new CertificateResponse(c.Id, c.ProductId, view.ProductName, c.SupplierId, view.SupplierName, c.Kind, c.OtherName, c.Scope, c.Issuer,
            c.ValidFrom, c.ValidTo, c.ExpiresAt, view.Status, c.DaysLeft(view.Today), new DocumentResponse(d.FileName, d.Size, d.Sha256, $"/api/certificates/{c.Id}/document"),
            c.AddedAt, c.AddedByName, c.SupersedesId, c.SupersededById, c.WithdrawnAt, c.WithdrawalReason, c.Version);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapGroup("/api/products/{productId:guid}/certificates").WithTags("Certificates");
        products.MapGet("", async Task<Results<Ok<List<CertificateResponse>>, NotFound>> (Guid productId, CertificateReader reader, CancellationToken ct) =>
                await reader.ProductAsync(productId, ct) is null
                    ? TypedResults.NotFound()
                    : TypedResults.Ok((await reader.ForProductAsync(productId, ct)).Select(Describe).ToList()))
            .RequireAuthorization(Policies.Member)
            .WithSummary("The certificates of a product: for its supplier all of them, for a board with a live agreement covering the product all but withdrawn ones; 404 for anyone else.");
        products.MapPost("", Add)
            .RequireAuthorization(Policies.ProcessorEditor)
            // The handler checks the anti-forgery token itself for cookie sign-ins and skips it for access tokens (see Uploads.IsForgedAsync).
            .DisableAntiforgery()
            .WithSummary("Adds a certificate with its PDF (multipart/form-data: kind, otherName, scope, issuer, validFrom, validTo, replaces, document). " +
                "Only PDFs within the size limit; replaces supersedes a current certificate of the same kind. Signed in with the cookie, send the anti-forgery token as header RequestVerificationToken.");

        var api = endpoints.MapGroup("/api/certificates/{certificateId:guid}").WithTags("Certificates");
        api.MapGet("", async Task<Results<Ok<CertificateResponse>, NotFound>> (Guid certificateId, CertificateReader reader, CancellationToken ct) =>
                await reader.LoadAsync(certificateId, ct) is { } view ? TypedResults.Ok(Describe(view)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Member)
            .WithSummary("One certificate: its facts, status today and document (name, size, SHA-256).");
        api.MapGet("/document", async Task<IResult> (Guid certificateId, HttpContext context, CertificateReader reader, CancellationToken ct) =>
                await reader.DocumentAsync(certificateId, ct) is { } document ? Uploads.Download(context, document) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Member)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("The certificate's PDF, as an attachment (application/pdf, nosniff). Readable by the supplier and the boards that read the certificate.");
        api.MapPost("/withdraw", Withdraw)
            .RequireAuthorization(Policies.ProcessorEditor)
            .WithSummary("Withdraws a certificate with a reason (supplier editors). Boards no longer see it; no more reminders.");
    }

    private static async Task<Results<Created<CertificateResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Add(
        Guid productId, HttpContext context, CertificateWriter writer, CertificateReader reader, Uploads uploads, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        // Who may add comes first, so that another organisation's product is a 404 whatever was sent.
        switch (await writer.RefusalAsync(productId, ct))
        {
            case WriteOutcome.NotFound:
                return TypedResults.NotFound();
            case WriteOutcome.Forbidden:
                return TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Certificate.Forbidden"], statusCode: StatusCodes.Status403Forbidden);
        }
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem(title: t["Api.ValidationFailed"], detail: t["Upload.MultipartRequired"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (await uploads.IsForgedAsync(context))
        {
            return TypedResults.Problem(title: t["Api.ValidationFailed"], detail: t["Upload.Antiforgery"], statusCode: StatusCodes.Status400BadRequest);
        }
        var form = await context.Request.ReadFormAsync(ct);
        var parse = new ValidationErrors();
        var input = new CertificateInput(form["kind"], form["otherName"], form["scope"], form["issuer"], Date(form["validFrom"], "ValidFrom", parse), Date(form["validTo"], "ValidTo", parse));
        Guid? replaces = null;
        if (form["replaces"].ToString() is { Length: > 0 } text)
        {
            replaces = Guid.TryParse(text, out var id) ? id : null;
            if (replaces is null)
            {
                parse.Add("Replaces", ValidationCodes.UnknownValue);
            }
        }
        var file = await uploads.ReadAsync(form.Files.GetFile("document"), ct);
        var result = await writer.AddAsync(productId, new AddCertificate(input, file, replaces, parse), ct);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Created($"/api/certificates/{result.Value!.Id}", Describe((await reader.LoadAsync(result.Value.Id, ct))!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Certificate.Forbidden"], statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.ValidationProblem(uploads.ForApi(result.Errors!, "Certificate"), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Results<Ok<CertificateResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid certificateId, WithdrawRequest request, CertificateWriter writer, CertificateReader reader, Uploads uploads, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var result = await writer.WithdrawAsync(certificateId, request.Version, request.Reason, ct);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(Describe((await reader.LoadAsync(certificateId, ct))!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Certificate.Forbidden"], statusCode: StatusCodes.Status403Forbidden),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = Describe((await reader.LoadAsync(certificateId, ct))!) }),
            _ => TypedResults.ValidationProblem(uploads.ForApi(result.Errors!, "Certificate"), title: t["Api.ValidationFailed"]),
        };
    }

    /// <summary>A day as yyyy-MM-dd; anything else is named as unreadable.</summary>
    public static DateOnly? Date(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(field, ValidationCodes.DateFormat);
        return null;
    }
}
