using EduDpa.Domain.Common;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Organisations;

/// <summary>/api/organisations: everyone reads the organisations they belong to; the platform administrator reads, creates and edits all.</summary>
public static class OrganisationsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/organisations").WithTags("Organisations");
        api.MapGet("", List).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Organisations you belong to; for a platform administrator all of them, filtered by kind and name or KvK number.");
        api.MapGet("/{organisationId:guid}", Get).RequireAuthorization(Policies.SignedIn).WithName("GetOrganisation");
        api.MapPost("", Create).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Creates a school board (with its schools), supplier or distributor. A KvK number or BRIN code in use answers 409.");
        api.MapPut("/{organisationId:guid}", Update).RequireAuthorization(Policies.PlatformAdmin)
            .WithSummary("Replaces an organisation's details. Send the version you read; a stale version answers 409.");
    }

    private static IQueryable<Organisation> Visible(EduDpaDbContext db, TenantContext tenant) =>
        tenant.IsPlatformAdmin ? db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) : db.Organisations;

    private static async Task<Ok<List<OrganisationResponse>>> List(
        EduDpaDbContext db, TenantContext tenant, OrganisationKind? kind, string? q, CancellationToken cancellationToken)
    {
        var organisations = await OrganisationSearch.Apply(Visible(db, tenant).Include(o => o.Schools), kind, q)
            .OrderBy(o => o.Name).AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(organisations.Select(OrganisationResponse.From).ToList());
    }

    private static async Task<Results<Ok<OrganisationResponse>, NotFound>> Get(
        Guid organisationId, EduDpaDbContext db, TenantContext tenant, CancellationToken cancellationToken)
    {
        var organisation = await Visible(db, tenant).Include(o => o.Schools).AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        return organisation is null ? TypedResults.NotFound() : TypedResults.Ok(OrganisationResponse.From(organisation));
    }

    private static async Task<Results<Created<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> Create(
        OrganisationRequest request, OrganisationWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var result = await writer.CreateAsync(request.ToInput(), cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Created($"/api/organisations/{result.Value!.Id}", OrganisationResponse.From(result.Value)),
            WriteOutcome.Duplicate => Duplicate(result.Errors!, messages, t),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid organisationId, OrganisationRequest request, OrganisationWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        if (request.Version is not { } version)
        {
            return TypedResults.ValidationProblem(messages.ForApi(ValidationErrors.For("Version", ValidationCodes.Required)), title: t["Api.ValidationFailed"]);
        }
        var result = await writer.UpdateAsync(organisationId, request.ToInput(), version, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(OrganisationResponse.From(result.Value!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Stale => TypedResults.Problem(
                title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = OrganisationResponse.From(result.Value!) }),
            WriteOutcome.Duplicate => Duplicate(result.Errors!, messages, t),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]),
        };
    }

    private static ProblemHttpResult Duplicate(ValidationErrors errors, ValidationMessages messages, IStringLocalizer<SharedResource> t) =>
        TypedResults.Problem(
            title: t["Api.Duplicate"], statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = messages.ForApi(errors) });
}
