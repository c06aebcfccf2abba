using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Annexes;

/// <summary>The catalogue of conformity rules, public like the model they cite.</summary>
[AllowAnonymous]
public sealed class RulesModel : PageModel
{
    public void OnGet()
    {
    }
}
