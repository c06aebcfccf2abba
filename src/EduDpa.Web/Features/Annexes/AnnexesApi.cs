using System.Text.Json;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Web.Features.Changes;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace EduDpa.Web.Features.Annexes;

/// <summary>
/// /api/products/{productId}/annexes/{privacy|security}: a product's privacy annex (Bijlage 1) and security
/// annex (Bijlage 2). The supplier saves a draft as often as it likes and publishes it when the conformity
/// check finds no errors; each published version stays available as JSON at its own URL.
/// /api/schemas: the JSON Schema of both annexes.
/// </summary>
public static class AnnexesApi
{
    public sealed record VersionRow(int Number, DateOnly Date, DateTimeOffset PublishedAt, string Url);

    public sealed record DraftRow(int Version, DateTimeOffset UpdatedAt, int Errors, int Attention);

    public sealed record KindOverview(DraftRow? Draft, IReadOnlyList<VersionRow> Published);

    public sealed record AnnexOverview(Guid ProductId, string ProductName, KindOverview Privacy, KindOverview Security);

    public sealed record DraftSaved(int Version, DateTimeOffset UpdatedAt, IReadOnlyList<FindingResponse> Findings);

    public sealed record Published(int Number, DateOnly Date, string Url, IReadOnlyList<FindingResponse> Findings);

    private const string Kind = "{kind:regex(^(privacy|security)$)}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/products/{productId:guid}/annexes").WithTags("Annexes");
        api.MapGet("", Overview).RequireAuthorization(Policies.ProcessorMember).WithSummary("The drafts and published versions of a product's two annexes.");
        api.MapGet($"/{Kind}/draft", Draft).RequireAuthorization(Policies.ProcessorMember)
            .WithSummary("The draft as annex JSON (the export). The ETag is the draft's version: send it as If-Match when saving or publishing.");
        api.MapPut($"/{Kind}/draft", Save).RequireAuthorization(Policies.ProcessorEditor).Accepts<JsonElement>("application/json")
            .WithSummary("Saves annex JSON (the import) as the draft, starting one if there is none. Every problem is answered with its path; nothing is stored then.");
        api.MapDelete($"/{Kind}/draft", Discard).RequireAuthorization(Policies.ProcessorEditor).WithSummary("Throws the draft away; published versions stay.");
        api.MapGet($"/{Kind}/draft/findings", DraftFindings).RequireAuthorization(Policies.ProcessorMember)
            .WithSummary("What the conformity check finds in the draft as it would be published now.");
        api.MapPost($"/{Kind}/draft/publish", Publish).RequireAuthorization(Policies.ProcessorEditor)
            .WithSummary("Publishes the draft as the next version with today's date, unless the check finds errors (422 with the findings). When signed agreements cover the product, each gets a notice of the change; a significant change (art. 14.3) needs the body's explanation of its consequences and intended date (400 naming them).");
        api.MapGet($"/{Kind}/versions", Versions).RequireAuthorization(Policies.Member)
            .WithSummary("Published versions, newest first: for the supplier and for boards with an agreement covering the product.");
        api.MapGet($"/{Kind}/versions/{{number:int}}", Version).RequireAuthorization(Policies.Member)
            .WithName("GetAnnexVersion").WithSummary("A published version as annex JSON. It never changes.");

        var schemas = endpoints.MapGroup("/api/schemas").WithTags("Annexes").AllowAnonymous();
        schemas.MapGet("/privacy-annex.json", (PublicUrl url) => Schema(AnnexKind.Privacy, url)).WithSummary("JSON Schema of Bijlage 1 (privacy annex).");
        schemas.MapGet("/security-annex.json", (PublicUrl url) => Schema(AnnexKind.Security, url)).WithSummary("JSON Schema of Bijlage 2 (security annex).");
    }

    public static string VersionUrl(Guid productId, AnnexKind kind, int number) => $"/api/products/{productId}/annexes/{AnnexBody.Slug(kind)}/versions/{number}";

    private static IResult Schema(AnnexKind kind, PublicUrl url)
    {
        var schema = AnnexSchema.For(kind);
        schema["$id"] = url.For($"/api/schemas/{(kind == AnnexKind.Privacy ? "privacy" : "security")}-annex.json");
        return Results.Text(schema.ToJsonString(AnnexJson.Indented), "application/schema+json; charset=utf-8");
    }

    private static async Task<Results<Ok<AnnexOverview>, NotFound>> Overview(Guid productId, AnnexWriter writer, CancellationToken cancellationToken)
    {
        var privacy = await writer.LoadAsync(productId, AnnexKind.Privacy, cancellationToken);
        var security = await writer.LoadAsync(productId, AnnexKind.Security, cancellationToken);
        if (privacy is null || security is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new AnnexOverview(productId, privacy.Product.Name, Describe(privacy), Describe(security)));
    }

    private static KindOverview Describe(AnnexWorkspace workspace) => new(
        workspace.Draft is { } draft
            ? new DraftRow(draft.Version, draft.UpdatedAt, workspace.Findings.Count(f => f.Severity == Domain.Conformity.Severity.Error), workspace.Findings.Count(f => f.Severity == Domain.Conformity.Severity.Attention))
            : null,
        [.. workspace.Published.Select(v => new VersionRow(v.Number!.Value, v.PublishedOn!.Value, v.PublishedAt!.Value, VersionUrl(workspace.Product.Id, workspace.Kind, v.Number.Value)))]);

    private static async Task<IResult> Draft(Guid productId, string kind, AnnexWriter writer, HttpResponse response, CancellationToken cancellationToken)
    {
        var workspace = await writer.LoadAsync(productId, AnnexBody.KindOf(kind)!.Value, cancellationToken);
        if (workspace?.Draft is not { } draft)
        {
            return TypedResults.NotFound();
        }
        response.Headers.ETag = ETag(draft.Version).ToString();
        return Results.Text(workspace.Export(), "application/json; charset=utf-8");
    }

    private static async Task<Results<Ok<DraftSaved>, NotFound, ValidationProblem, ProblemHttpResult>> Save(
        Guid productId, string kind, HttpRequest request, AnnexWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var annexKind = AnnexBody.KindOf(kind)!.Value;
        if (await writer.LoadAsync(productId, annexKind, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var (json, parseErrors) = await AnnexBody.ParseAsync(request.Body, cancellationToken);
        if (json is not { } element)
        {
            return TypedResults.ValidationProblem(messages.ForApi(parseErrors), title: t["Api.ValidationFailed"]);
        }
        var (privacy, security, errors) = AnnexBody.Read(annexKind, element);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(messages.ForApi(errors), title: t["Api.ValidationFailed"]);
        }
        var result = await writer.SaveDraftAsync(productId, annexKind, AnnexBody.DraftContent(privacy, security), IfMatch(request), cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(await SavedAsync(writer, productId, annexKind, cancellationToken)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            _ => Stale(t, result.Value!),
        };
    }

    private static async Task<DraftSaved> SavedAsync(AnnexWriter writer, Guid productId, AnnexKind kind, CancellationToken cancellationToken)
    {
        var workspace = (await writer.LoadAsync(productId, kind, cancellationToken))!;
        return new DraftSaved(workspace.Draft!.Version, workspace.Draft.UpdatedAt, FindingResponse.From(workspace.Findings));
    }

    private static async Task<Results<NoContent, NotFound>> Discard(Guid productId, string kind, AnnexWriter writer, CancellationToken cancellationToken) =>
        await writer.DiscardDraftAsync(productId, AnnexBody.KindOf(kind)!.Value, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<List<FindingResponse>>, NotFound>> DraftFindings(Guid productId, string kind, AnnexWriter writer, CancellationToken cancellationToken) =>
        await writer.LoadAsync(productId, AnnexBody.KindOf(kind)!.Value, cancellationToken) is { Draft: not null } workspace
            ? TypedResults.Ok(FindingResponse.From(workspace.Findings))
            : TypedResults.NotFound();

    /// <summary>For a significant change to signed agreements (art. 14.3): the consequences in plain language and the intended date.</summary>
    public sealed record PublishRequest(string? Explanation, DateOnly? IntendedDate);

    private static async Task<Results<Created<Published>, NotFound, ValidationProblem, ProblemHttpResult>> Publish(
        Guid productId, string kind, HttpRequest request, PublishRequest? body, AnnexWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var annexKind = AnnexBody.KindOf(kind)!.Value;
        var (result, findings) = await writer.PublishAsync(productId, annexKind, IfMatch(request), cancellationToken, new PublicationNote(body?.Explanation, body?.IntendedDate));
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                var version = result.Value!;
                var url = VersionUrl(productId, annexKind, version.Number!.Value);
                return TypedResults.Created(url, new Published(version.Number.Value, version.PublishedOn!.Value, url, FindingResponse.From(findings)));
            case WriteOutcome.NotFound:
                return TypedResults.NotFound();
            case WriteOutcome.Stale:
                return Stale(t, result.Value!);
            case WriteOutcome.Invalid when !result.Errors!.ByField.ContainsKey("Content"):
                return TypedResults.ValidationProblem(messages.ForApi(result.Errors, "Change"), title: t["Api.ValidationFailed"]);
            default:
                return TypedResults.Problem(title: t["Annex.PublishRefused"], detail: t["Annex.PublishRefusedDetail"], statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?> { ["findings"] = FindingResponse.From(findings) });
        }
    }

    private static async Task<Results<Ok<List<VersionRow>>, NotFound>> Versions(Guid productId, string kind, AnnexReader reader, CancellationToken cancellationToken)
    {
        var annexKind = AnnexBody.KindOf(kind)!.Value;
        return await reader.VersionsAsync(productId, annexKind, cancellationToken) is { } versions
            ? TypedResults.Ok(versions.Select(v => new VersionRow(v.Number!.Value, v.PublishedOn!.Value, v.PublishedAt!.Value, VersionUrl(productId, annexKind, v.Number.Value))).ToList())
            : TypedResults.NotFound();
    }

    private static async Task<IResult> Version(Guid productId, string kind, int number, AnnexReader reader, CancellationToken cancellationToken)
    {
        var annexKind = AnnexBody.KindOf(kind)!.Value;
        if (await reader.FindAsync(productId, annexKind, number, cancellationToken) is not { } published)
        {
            return TypedResults.NotFound();
        }
        var content = annexKind == AnnexKind.Privacy
            ? AnnexJson.Serialize(published.Version.PrivacyAnnex(), indented: true)
            : AnnexJson.Serialize(published.Version.SecurityAnnex(), indented: true);
        return Results.Text(content, "application/json; charset=utf-8");
    }

    private static ProblemHttpResult Stale(IStringLocalizer<SharedResource> t, AnnexVersion current) =>
        TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["current"] = new { version = current.Version, number = current.Number, updatedAt = current.UpdatedAt } });

    private static EntityTagHeaderValue ETag(int version) => new($"\"{version}\"");

    /// <summary>The draft version an If-Match header names ("3" or W/"3"); null when none is sent.</summary>
    private static int? IfMatch(HttpRequest request) =>
        request.GetTypedHeaders().IfMatch is [{ } tag] && int.TryParse(tag.Tag.Value!.Trim('"'), out var version) ? version : null;
}
