using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Reference;
using EduDpa.Domain.Transparency;

namespace EduDpa.Web.Features.Changes;

/// <summary>The items of a change as people read them: data categories and purposes with the model's own words, countries by name.</summary>
public static class ChangeText
{
    private static PrivacyAnnexTemplate Template => ModelCatalog.Get(ModelCatalog.ModelAgreement40).AgreementParts.Annexes.Privacy;

    /// <summary>A data category in the model's words (as the public pages word it), with its data subject group.</summary>
    public static string Category(string id) =>
        Template.DataCategories.FirstOrDefault(r => r.Id == id) is { } row
            ? $"{ModelWording.DataCategory(row, null)} ({Template.DataCategoryTables.First(t => t.Rows.Contains(row)).DataSubject})"
            : id;

    public static string Purpose(string id) => Template.Purposes.FirstOrDefault(p => p.Id == id) is { } purpose ? $"{id}: {purpose.Text}" : id;

    public static string Country(string? code, bool english) => code is null ? "–" : Countries.NameOf(code, english);

    public static bool English => Infrastructure.Localization.LocalizationSetup.IsEnglish;

    public static string SubProcessor(SubProcessor sub, bool english) =>
        $"{sub.Name} – {sub.Processing} ({Country(sub.ProcessingCountryCode, english)}; {Country(sub.EstablishmentCountryCode, english)})";
}
