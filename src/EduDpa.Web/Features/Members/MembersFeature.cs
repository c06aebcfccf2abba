using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Members;

/// <summary>Who belongs to an organisation with which roles: invitations by e-mail, roles, removal.</summary>
public sealed class MembersFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MembershipWriter>();
        builder.Services.AddScoped<InvitationAcceptance>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => MembersApi.Map(endpoints);
}
