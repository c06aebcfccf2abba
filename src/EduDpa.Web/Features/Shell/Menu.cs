using EduDpa.Web.Infrastructure.Tenancy;

namespace EduDpa.Web.Features.Shell;

/// <summary>An entry of the main menu, shown to those whom its policy lets in.</summary>
public sealed record MenuItem(string TextKey, string Href, string Policy, bool DevelopmentMailOnly = false);

public static class Menu
{
    public static readonly IReadOnlyList<MenuItem> Items =
    [
        new("Nav.Home", "/", Policies.SignedIn),
        new("Nav.Agreements", "/agreements", Policies.Member),
        new("Nav.Due", "/due", Policies.Member),
        new("Nav.Breaches", "/breaches", Policies.Member),
        new("Nav.Requests", "/requests", Policies.Member),
        new("Nav.Changes", "/changes", Policies.Member),
        new("Nav.Audits", "/audits", Policies.Member),
        new("Nav.Products", "/products", Policies.ProcessorMember),
        new("Nav.Catalogue", "/catalogue", Policies.BoardMember),
        new("Nav.Analyses", "/analyses", Policies.AnalysisReader),
        new("Nav.Transparency", "/transparency", Policies.BoardEditorOrAdmin),
        new("Nav.Members", "/members", Policies.Member),
        new("Nav.Organisations", "/organisations", Policies.PlatformAdmin),
        new("Nav.Audit", "/audit", Policies.PlatformAdmin),
        new("Nav.DevMail", "/dev/mail", Policies.PlatformAdmin, DevelopmentMailOnly: true),
        new("Nav.Account", "/account/manage", Policies.SignedIn),
        new("Nav.Tokens", "/account/tokens", Policies.SignedIn),
    ];

    public static IEnumerable<MenuItem> For(TenantContext tenant, bool developmentMail) =>
        Items.Where(item => Policies.Requirements[item.Policy].IsMetBy(tenant) && (!item.DevelopmentMailOnly || developmentMail));

    /// <summary>The menu item the current path falls under, for aria-current.</summary>
    public static bool IsCurrent(MenuItem item, PathString path) =>
        item.Href == "/" ? path == "/" || path == "/index" : path.StartsWithSegments(item.Href, StringComparison.OrdinalIgnoreCase);
}
