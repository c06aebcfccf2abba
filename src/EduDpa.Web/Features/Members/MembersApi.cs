using EduDpa.Domain.Accounts;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Members;

/// <summary>/api/members and /api/invitations: the acting organisation's members, their roles, and invitations.</summary>
public static class MembersApi
{
    public sealed record MemberResponse(Guid Id, Guid UserId, string DisplayName, string Email, string[] Roles, int Version)
    {
        public static MemberResponse From(MemberRow m) => new(m.MembershipId, m.UserId, m.DisplayName, m.Email, RoleChoice.Names(m.Roles), m.Version);
    }

    public sealed record RolesRequest(string[]? Roles, int? Version);

    public sealed record InvitationRequest(string? Email, string[]? Roles);

    public sealed record InvitationResponse(Guid Id, string Email, string[] Roles, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
    {
        public static InvitationResponse From(Invitation i) => new(i.Id, i.Email.Value, RoleChoice.Names(i.Roles), i.CreatedAt, i.ExpiresAt);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var members = endpoints.MapGroup("/api/members").WithTags("Members");
        members.MapGet("", ListMembers).RequireAuthorization(Policies.Member).WithSummary("Members of the acting organisation and their roles.");
        members.MapPut("/{membershipId:guid}", ChangeRoles).RequireAuthorization(Policies.OrganisationAdmin)
            .WithSummary("Replaces a member's roles (Admin, Editor, Reviewer, Signatory, Viewer, IncidentContact). The organisation keeps at least one admin.");
        members.MapDelete("/{membershipId:guid}", Remove).RequireAuthorization(Policies.OrganisationAdmin).WithSummary("Removes a member from the acting organisation.");

        var invitations = endpoints.MapGroup("/api/invitations").WithTags("Members");
        invitations.MapGet("", ListInvitations).RequireAuthorization(Policies.OrganisationAdmin).WithSummary("Open invitations of the acting organisation.");
        invitations.MapPost("", Invite).RequireAuthorization(Policies.OrganisationAdmin).WithSummary("Invites a person by e-mail with the given roles; the link is sent to them, never returned.");
        invitations.MapDelete("/{invitationId:guid}", Revoke).RequireAuthorization(Policies.OrganisationAdmin).WithSummary("Revokes an open invitation.");
    }

    private static async Task<Ok<List<MemberResponse>>> ListMembers(MembershipWriter writer, CancellationToken cancellationToken) =>
        TypedResults.Ok((await writer.ListAsync(cancellationToken)).Select(MemberResponse.From).ToList());

    private static async Task<Results<Ok<MemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeRoles(
        Guid membershipId, RolesRequest request, MembershipWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var roles = ParseRoles(request.Roles, errors);
        if (request.Version is null)
        {
            errors.Add("Version", ValidationCodes.Required);
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(messages.ForApi(errors), title: t["Api.ValidationFailed"]);
        }
        var result = await writer.ChangeRolesAsync(membershipId, roles, request.Version!.Value, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(MemberResponse.From(result.Value!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = MemberResponse.From(result.Value!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> Remove(
        Guid membershipId, MembershipWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var result = await writer.RemoveAsync(membershipId, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.NoContent(),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Ok<List<InvitationResponse>>> ListInvitations(MembershipWriter writer, CancellationToken cancellationToken) =>
        TypedResults.Ok((await writer.OpenInvitationsAsync(cancellationToken)).Select(InvitationResponse.From).ToList());

    private static async Task<Results<Created<InvitationResponse>, ValidationProblem, ProblemHttpResult>> Invite(
        InvitationRequest request, MembershipWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var roles = ParseRoles(request.Roles, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(messages.ForApi(errors), title: t["Api.ValidationFailed"]);
        }
        var result = await writer.InviteAsync(request.Email, roles, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Created($"/api/invitations/{result.Value!.Id}", InvitationResponse.From(result.Value)),
            WriteOutcome.Duplicate => TypedResults.Problem(title: t["Api.Duplicate"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["errors"] = messages.ForApi(result.Errors!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Results<NoContent, NotFound>> Revoke(Guid invitationId, MembershipWriter writer, CancellationToken cancellationToken) =>
        await writer.RevokeInvitationAsync(invitationId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Role names, each checked: an unknown name is an error on "roles", not silently dropped.</summary>
    private static OrganisationRoles ParseRoles(string[]? names, ValidationErrors errors)
    {
        if (names is null || names.Length == 0)
        {
            errors.Add("Roles", ValidationCodes.NoRoles);
            return OrganisationRoles.None;
        }
        var roles = OrganisationRoles.None;
        foreach (var name in names)
        {
            if (Enum.TryParse<OrganisationRoles>(name, ignoreCase: true, out var role) && OrganisationRolesExtensions.Each.Contains(role))
            {
                roles |= role;
            }
            else
            {
                errors.Add("Roles", ValidationCodes.UnknownValue);
            }
        }
        return roles;
    }
}
