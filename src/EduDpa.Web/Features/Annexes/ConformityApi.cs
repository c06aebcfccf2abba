using System.Text.Json;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Conformity;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Annexes;

/// <summary>/api/conformity: the catalogue of conformity rules, and a check of annex JSON before it is published.</summary>
public static class ConformityApi
{
    public sealed record RuleResponse(string Id, string Reference, string Title, string Guidance, IReadOnlyList<RuleSeverity> Severities);

    public sealed record CheckResponse(IReadOnlyList<FindingResponse> Findings, int Errors, int Attention, int Info);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/conformity").WithTags("Conformity");
        api.MapGet("/rules", Rules).AllowAnonymous()
            .WithSummary("Every conformity rule with the article of the Model Verwerkersovereenkomst 4.0 it enforces, its severity per stage and what to do.");
        api.MapPost("/check", Check).RequireAuthorization(Policies.SignedIn).Accepts<JsonElement>("application/json")
            .WithSummary("Checks annex JSON: { \"privacy\": <Bijlage 1>, \"security\": <Bijlage 2> }, either may be left out. Stores nothing.");
    }

    private static Ok<List<RuleResponse>> Rules() =>
        TypedResults.Ok(ConformityRules.All.Select(r => new RuleResponse(r.Id, r.Reference, r.Title.In(FindingResponse.English), r.Guidance.In(FindingResponse.English), r.Severities)).ToList());

    private static async Task<Results<Ok<CheckResponse>, ValidationProblem>> Check(HttpRequest request, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var (json, errors) = await AnnexBody.ParseAsync(request.Body, cancellationToken);
        PrivacyAnnex? privacy = null;
        SecurityAnnex? security = null;
        if (json is { } body)
        {
            if (body.ValueKind != JsonValueKind.Object)
            {
                errors.Add(string.Empty, ValidationCodes.WrongType);
            }
            else
            {
                foreach (var property in body.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "privacy":
                            (privacy, _, var privacyErrors) = AnnexBody.Read(AnnexKind.Privacy, property.Value, "Privacy");
                            errors.AddAll(string.Empty, privacyErrors);
                            break;
                        case "security":
                            (_, security, var securityErrors) = AnnexBody.Read(AnnexKind.Security, property.Value, "Security");
                            errors.AddAll(string.Empty, securityErrors);
                            break;
                        default:
                            errors.Add(char.ToUpperInvariant(property.Name[0]) + property.Name[1..], ValidationCodes.UnknownField);
                            break;
                    }
                }
            }
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(messages.ForApi(errors), title: t["Api.ValidationFailed"]);
        }
        var findings = ConformityCheck.Annexes(privacy, security);
        return TypedResults.Ok(new CheckResponse(FindingResponse.From(findings),
            findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Attention), findings.Count(f => f.Severity == Severity.Info)));
    }
}
