using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Home;

/// <summary>The start page: the acting organisation at a glance.</summary>
public sealed class IndexModel(EduDpaDbContext db, TenantContext tenant) : PageModel
{
    public MemberOrganisation? Current => tenant.Current;
    public int ProductCount { get; private set; }
    public int MemberCount { get; private set; }
    public int SchoolCount { get; private set; }
    public bool IsPlatformAdmin => tenant.IsPlatformAdmin;

    public async Task OnGetAsync()
    {
        if (tenant.Current is null)
        {
            return;
        }
        ProductCount = await db.Products.CountAsync();
        MemberCount = await db.Memberships.CountAsync(m => m.OrganisationId == tenant.Current.Id);
        SchoolCount = await db.Schools.CountAsync(s => s.OrganisationId == tenant.Current.Id);
    }
}
