using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Products;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Products;

/// <summary>/api/products: the acting supplier's or distributor's digital educational resources.</summary>
public static class ProductsApi
{
    public sealed record ProductResponse(
        Guid Id, Guid SupplierId, string Name, string? Description, Uri? SupplierUrl, Uri? ProductUrl,
        IReadOnlyList<Audience> Audience, IReadOnlyList<ProductUser> Users, int Version)
    {
        public static ProductResponse From(Product p) => new(p.Id, p.SupplierId, p.Name, p.Description, p.SupplierUrl, p.ProductUrl, p.Audience, p.Users, p.Version);
    }

    /// <summary>What section C of the privacy annex says about the product: name, explanation, web addresses, audience (po, vo, vso, mbo) and users.</summary>
    public sealed record ProductRequest(
        string? Name, string? Description, string? SupplierUrl = null, string? ProductUrl = null,
        IReadOnlyList<Audience>? Audience = null, IReadOnlyList<ProductUser>? Users = null, int? Version = null)
    {
        public ProductInput ToInput() => new(Name, Description, SupplierUrl, ProductUrl, Audience, Users);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/products").WithTags("Products");
        api.MapGet("", List).RequireAuthorization(Policies.ProcessorMember).WithSummary("The acting supplier's products.");
        api.MapGet("/{productId:guid}", Get).RequireAuthorization(Policies.ProcessorMember);
        api.MapPost("", Create).RequireAuthorization(Policies.ProcessorEditor).WithSummary("Adds a product to the acting supplier.");
        api.MapPut("/{productId:guid}", Update).RequireAuthorization(Policies.ProcessorEditor).WithSummary("Replaces a product's details. Send the version you read.");
    }

    private static async Task<Ok<List<ProductResponse>>> List(ProductWriter writer, CancellationToken cancellationToken) =>
        TypedResults.Ok((await writer.Mine.AsNoTracking().ToListAsync(cancellationToken)).Select(ProductResponse.From).ToList());

    private static async Task<Results<Ok<ProductResponse>, NotFound>> Get(Guid productId, ProductWriter writer, CancellationToken cancellationToken) =>
        await writer.FindAsync(productId, cancellationToken) is { } product ? TypedResults.Ok(ProductResponse.From(product)) : TypedResults.NotFound();

    private static async Task<Results<Created<ProductResponse>, ValidationProblem>> Create(
        ProductRequest request, ProductWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var result = await writer.CreateAsync(request.ToInput(), cancellationToken);
        return result.Outcome == WriteOutcome.Saved
            ? TypedResults.Created($"/api/products/{result.Value!.Id}", ProductResponse.From(result.Value))
            : TypedResults.ValidationProblem(messages.ForApi(result.Errors!, ProductForm.Scope), title: t["Api.ValidationFailed"]);
    }

    private static async Task<Results<Ok<ProductResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid productId, ProductRequest request, ProductWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        if (request.Version is not { } version)
        {
            return TypedResults.ValidationProblem(messages.ForApi(ValidationErrors.For("Version", ValidationCodes.Required)), title: t["Api.ValidationFailed"]);
        }
        var result = await writer.UpdateAsync(productId, request.ToInput(), version, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(ProductResponse.From(result.Value!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = ProductResponse.From(result.Value!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, ProductForm.Scope), title: t["Api.ValidationFailed"]),
        };
    }
}
