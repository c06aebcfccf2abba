using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Organisations;

/// <summary>The list filter shared by the page and the API: kind, and a text that matches part of the name, or a whole KvK number or BRIN code.</summary>
public static class OrganisationSearch
{
    public static IQueryable<Organisation> Apply(IQueryable<Organisation> query, OrganisationKind? kind, string? text)
    {
        if (kind is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }
        var term = text?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return query;
        }
        if (KvkNumber.TryParse(term, out var kvk))
        {
            return query.Where(o => o.KvkNumber == kvk);
        }
        if (Brin.TryParse(term, out var brin))
        {
            return query.Where(o => o.Schools.Any(s => s.Brin == brin));
        }
        var pattern = "%" + term.ToUpperInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
#pragma warning disable CA1304, CA1311 // Translated to SQL UPPER(), not run in .NET: no culture applies.
        return query.Where(o => EF.Functions.Like(o.Name.ToUpper(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
    }
}
