using System.Globalization;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Reference;
using EduDpa.Domain.Transparency;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Registers;

/// <summary>
/// The registers of processing activities (AVG art. 30) built from the products in use: the board's record (art. 30.1),
/// one row per product and basis, and the supplier's record of what it processes for each board (art. 30.2, model
/// art. 3.4), one row per board and product. The columns are <see cref="BoardColumns"/> and <see cref="SupplierColumns"/>;
/// their headers are the resources <c>Register.Column.{name}</c>, and the README lists them.
/// </summary>
public sealed class ProcessingRegister(IStringLocalizer<SharedResource> t)
{
    public static readonly string[] BoardColumns =
    [
        "Product", "Supplier", "Basis", "BasisDate", "InForceFrom", "State", "EndsOn", "Model", "Schools", "Purposes", "DataSubjects", "PersonalData",
        "SpecialCategories", "Recipients", "SubProcessors", "Transfers", "Retention", "Locations", "SecurityMeasures", "PrivacyAnnex", "Reference",
    ];

    public static readonly string[] SupplierColumns =
    [
        "Board", "BoardKvk", "BoardContact", "Product", "BasisDate", "State", "EndsOn", "Processing", "Purposes", "DataSubjects", "PersonalData",
        "SpecialCategories", "SubProcessors", "Transfers", "SecurityMeasures", "PrivacyAnnex", "Reference",
    ];

    private static bool English => Infrastructure.Localization.LocalizationSetup.IsEnglish;

    public string[] Headers(string[] columns) => [.. columns.Select(c => t[$"Register.Column.{c}"].Value)];

    /// <param name="schoolNames">The board's schools by id, for the products not used at all of them.</param>
    public IReadOnlyList<string?[]> BoardRows(IEnumerable<ProductInUse> products, IReadOnlyDictionary<Guid, string> schoolNames) =>
    [
        .. products.Select(p => new string?[]
        {
            p.ProductName, p.SupplierName, t[$"Register.Basis.{p.Basis}"], Date(p.BasisDate), Date(p.InForceFrom), State(p), Date(p.EndsOn), p.ModelId,
            p.AllSchools ? t["Register.AllSchools"] : string.Join("; ", p.SchoolIds.Select(id => schoolNames.GetValueOrDefault(id, id.ToString())).Order(StringComparer.CurrentCulture)),
            Purposes(p.Facts), DataSubjects(p.Facts), PersonalData(p.Facts), Special(p.Facts), Recipients(p.Facts), SubProcessors(p.Facts), Transfers(p.Facts),
            p.Facts.Retention, Locations(p.Facts), Security(p.Security), Privacy(p.PrivacyAnnex), p.SourceId.ToString(),
        }),
    ];

    /// <param name="boards">Name, KvK number and the contact the board gave in the agreement, by agreement id.</param>
    public IReadOnlyList<string?[]> SupplierRows(IEnumerable<ProductInUse> products, IReadOnlyDictionary<Guid, (string Name, string Kvk, string? Contact)> boards) =>
    [
        .. products.Select(p =>
        {
            var board = boards.GetValueOrDefault(p.SourceId, (string.Empty, string.Empty, null));
            return new string?[]
            {
                board.Name, board.Kvk, board.Contact, p.ProductName, Date(p.BasisDate), State(p), Date(p.EndsOn), Processing(p.Facts), Purposes(p.Facts), DataSubjects(p.Facts),
                PersonalData(p.Facts), Special(p.Facts), SubProcessors(p.Facts), Transfers(p.Facts), Security(p.Security), Privacy(p.PrivacyAnnex), p.SourceId.ToString(),
            };
        }),
    ];

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string? State(ProductInUse p) => p.State is { } state ? t[$"AgreementState.{state}"].Value : null;

    private static string Purposes(ProcessingFacts facts) => string.Join("; ", ModelWording.Purposes(facts).Select(p => $"{p.Id} {p.Text}"));

    private string DataSubjects(ProcessingFacts facts) => string.Join("; ", facts.DataSubjectGroups.Select(g => t[$"Public.Group.{g}"].Value));

    private string PersonalData(ProcessingFacts facts) =>
        string.Join(" | ", ModelWording.DataCategories(facts).Select(g => $"{t[$"Public.Group.{g.Group}"].Value}: {string.Join("; ", g.Categories.Select(c => c.Text))}"));

    private string Special(ProcessingFacts facts) => facts.HasSpecialCategories
        ? $"{t["Public.Yes"].Value}: {string.Join("; ", facts.SpecialCategories.Select(c => ModelWording.DataCategory(c, null)))}"
        : t["Public.No"].Value;

    /// <summary>Art. 30.1 d: the kinds of third parties of E11 and the sub-processors.</summary>
    private string Recipients(ProcessingFacts facts)
    {
        var template = ModelCatalog.Find(facts.Model)?.AgreementParts.Annexes.Privacy;
        var thirdParties = template?.ThirdParties().Where(p => facts.ThirdParties.Contains(p.Id)).Select(p => p.Text.TrimEnd(';', '.')).ToList() ?? [];
        var parts = new List<string>();
        if (thirdParties.Count > 0)
        {
            parts.Add($"{t["Register.ThirdParties"].Value}: {string.Join("; ", thirdParties)}");
        }
        if (facts.SubProcessors.Count > 0)
        {
            parts.Add($"{t["Register.SubProcessorsLabel"].Value}: {string.Join("; ", facts.SubProcessors.Select(s => s.Name))}");
        }
        return string.Join(" | ", parts);
    }

    private string SubProcessors(ProcessingFacts facts) => string.Join(" | ", facts.SubProcessors.Select(s =>
        $"{s.Name} ({AnnexLabels.Join("; ", s.Processing, t["Register.ProcessedIn", Country(s.ProcessingCountryCode), Country(s.EstablishmentCountryCode)].Value)})"));

    private string Transfers(ProcessingFacts facts) => string.Join(" | ", facts.Transfers.Select(tr =>
    {
        var safeguard = tr.Safeguard is { } s ? t[$"Public.Safeguard.{s}"].Value : t["Public.Safeguard.None"].Value;
        return AnnexLabels.Join(", ", tr.CountryCode is { } c ? Country(c) : tr.InternationalOrganisation, tr.Recipient) + ": "
            + AnnexLabels.Join("; ", safeguard, tr.SafeguardDetails, tr.SupplementaryMeasures is { } m ? $"{t["Public.Product.Supplementary"].Value}: {m}" : null, tr.RecipientQualification);
    }));

    private static string Locations(ProcessingFacts facts) => string.Join(" | ", facts.Locations.Select(l =>
        AnnexLabels.Join(" – ", AnnexLabels.Join(" ", Country(l.CountryCode), l.Place is null ? null : $"({l.Place})"), facts.Services.FirstOrDefault(s => s.Id == l.ServiceId)?.Description)));

    /// <summary>Art. 30.2 b: the categories of processing, the services the board uses with what each does.</summary>
    private static string Processing(ProcessingFacts facts) => string.Join(" | ", facts.Services.Select(s => AnnexLabels.Join(": ", s.Description, s.Processing)));

    /// <summary>Art. 30.1 g / 30.2 d: a reference to Bijlage 2 and its version, with what it says in short.</summary>
    private string? Security(SecuritySummary? summary)
    {
        if (summary is null)
        {
            return null;
        }
        var parts = new List<string?>
        {
            summary.Version is { } v ? t["Register.SecurityAnnex", v.Number, Date(v.Date)!].Value : t["Register.SecurityAnnexUnnumbered"].Value,
            t["Register.Measures", summary.MeasuresAffirmed, summary.MeasuresTotal].Value,
            t["Register.Rosa", summary.RosaMet, summary.RosaNotMet, summary.RosaAlternative].Value,
            summary.Classification is { } c ? t["Register.Biv", Level(c.Availability), Level(c.Integrity), Level(c.Confidentiality)].Value : null,
            summary.AssessmentForm is { } form ? $"{t["Register.AssessmentForm"].Value}: {AnnexLabels.Of(form)}" : null,
        };
        return AnnexLabels.Join("; ", [.. parts]);
    }

    private string? Privacy(AnnexVersionReference? version) => version is null ? null : t["Register.PrivacyAnnex", version.Number, Date(version.Date)!].Value;

    private static string Level(BivLevel? level) => level is { } l ? AnnexLabels.Of(l) : "–";

    private static string Country(string? code) => code is null ? "–" : Countries.NameOf(code, English);
}
