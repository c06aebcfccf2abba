using System.Security.Cryptography;
using System.Text.Json;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Features.Agreements;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.Net.Http.Headers;

namespace EduDpa.Web.Features.Transparency;

/// <summary>
/// /api/public: the public pages as open JSON, for anyone (no account), with ETag and Cache-Control and served from the
/// output cache; /api/transparency: the acting board's page settings.
/// </summary>
public static class TransparencyApi
{
    public sealed record SettingsResponse(bool Published, string? Introduction, string? ContactName, string? ContactEmail, string? ContactPhone, string? ContactUrl,
        DateTimeOffset? PublishedAt, string PublicUrl, int Version);

    public sealed record SettingsRequest(bool? Published, string? Introduction, string? ContactName, string? ContactEmail, string? ContactPhone, string? ContactUrl, int? Version);

    public static SettingsResponse Describe(TransparencyPage page, string kvk) =>
        new(page.Published, page.Introduction, page.ContactName, page.ContactEmail, page.ContactPhone, page.ContactUrl?.ToString(), page.PublishedAt, PublicReader.BoardUrl(kvk), page.Version);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup(PublicLanguage.ApiPath).WithTags("Public").AllowAnonymous().CacheOutput(PublicCachePolicy.Name);
        open.MapGet("/boards/{kvk}", (string kvk, HttpContext context, PublicReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, IOptions<JsonOptions> json, CancellationToken ct) =>
                AnswerAsync(context, messages, t, json.Value, filter => reader.BoardAsync(kvk, filter, ct)))
            .Produces<PublicPageResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A school board's public page as open JSON (no account): every product it uses under an active agreement with what is done with the data (purposes, data per group, "
                + "special categories, retention, locations, transfers outside the EEA with their safeguard, sub-processors with their countries, the signing date), where the data is, "
                + "and the board's privacy contact. Optional q (search, at most 100 characters), outsideEea=true, specialCategories=true, lang=nl|en (or Accept-Language). "
                + "ETag and Cache-Control: public, max-age=60; If-None-Match answers 304. 404 (problem details) for an unknown KvK number or an unpublished page; 400 for a bad query string.");
        open.MapGet("/schools/{brin}", (string brin, HttpContext context, PublicReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, IOptions<JsonOptions> json, CancellationToken ct) =>
                AnswerAsync(context, messages, t, json.Value, filter => reader.SchoolAsync(brin, filter, ct)))
            .Produces<PublicPageResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One school's public page by its BRIN code: as for boards, with only the products used at that school. 404 for an unknown BRIN code or an unpublished page.");

        var settings = endpoints.MapGroup("/api/transparency").WithTags("Transparency");
        settings.MapGet("", async (TransparencyWriter writer, TenantContext tenant, Counterparties directory, CancellationToken ct) =>
                TypedResults.Ok(Describe(await writer.MineAsync(ct), await KvkAsync(directory, tenant, ct))))
            .RequireAuthorization(Policies.BoardMember)
            .WithSummary("The acting board's public page settings: published or not, its introduction and the privacy contact it publishes, and the page's address.");
        settings.MapPut("", Save)
            .RequireAuthorization(Policies.BoardEditorOrAdmin)
            .WithSummary("Saves the public page settings (board editors and admins): published, introduction, contactName, contactEmail (required to publish), contactPhone, contactUrl, "
                + "and the version read (0 before the first save). 400 names each invalid field; 409 when someone saved in between, with the current settings.");
    }

    private static async Task<string> KvkAsync(Counterparties directory, TenantContext tenant, CancellationToken ct) =>
        (await directory.FindAsync(tenant.CurrentOrganisationId!.Value, ct))!.KvkNumber.Value;

    private static async Task<Results<Ok<SettingsResponse>, ValidationProblem, ProblemHttpResult>> Save(
        SettingsRequest request, TransparencyWriter writer, TenantContext tenant, Counterparties directory, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var input = new TransparencyPageInput(request.Published ?? false, request.Introduction, request.ContactName, request.ContactEmail, request.ContactPhone, request.ContactUrl);
        var result = await writer.SaveAsync(input, request.Version, ct);
        var kvk = await KvkAsync(directory, tenant, ct);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(Describe(result.Value!, kvk)),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = Describe(result.Value!, kvk) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Transparency"), title: t["Api.ValidationFailed"]),
        };
    }

    /// <summary>The page as JSON with an ETag of its bytes; 304 when the client has it, 404 (problem details) when there is none, 400 for a bad query.</summary>
    private static async Task<IResult> AnswerAsync(HttpContext context, ValidationMessages messages, IStringLocalizer<SharedResource> t, JsonOptions json,
        Func<PublicFilter, Task<(PublicPageResponse Page, Guid BoardId)?>> read)
    {
        var filter = PublicQuery.Read(context.Request, out var errors);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(messages.ForApi(errors, "Public"), title: t["Api.ValidationFailed"]);
        }
        if (await read(filter) is not { } found)
        {
            return TypedResults.NotFound();
        }
        PublicCachePolicy.Tag(context, found.BoardId);
        context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        var body = JsonSerializer.SerializeToUtf8Bytes(found.Page, json.SerializerOptions);
        // Weak: the same JSON is sent as brotli, gzip or as is.
        var etag = $"W/\"{Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim().Replace("W/", "", StringComparison.Ordinal) == etag[2..] || tag.Trim() == "*")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }
}
