using System.Text.RegularExpressions;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Conformity;

/// <summary>What the check needs to know about one product of an agreement.</summary>
public sealed record ProductCheck(Guid ProductId, string ProductName, PrivacyAnnex? Privacy, SecurityAnnex? Security, ProductAnnexChoices? Choices);

/// <summary>An article paragraph as the parties agreed it, to compare with the model (rule R29).</summary>
public sealed record AgreedClause(string Id, string Text);

/// <summary>
/// An agreement before signing: the board's contacts, every product's published annexes with the board's
/// choices, the clauses that have an accepted Bijlage 3 entry and, when known, the text of the articles.
/// </summary>
public sealed record AgreementCheck(
    ContactPerson? BoardContact,
    ContactPerson? BoardIncidentContact,
    IReadOnlyList<ProductCheck> Products,
    IReadOnlyCollection<string> AmendedClauseIds,
    IReadOnlyList<AgreedClause>? AgreedClauses = null,
    string Model = ModelCatalog.ModelAgreement40);

/// <summary>The rules that apply when an agreement is about to be signed (signing stage).</summary>
internal static partial class AgreementChecks
{
    private const string A = "Agreement.";
    private const CheckStage Stage = CheckStage.Signing;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    public static void Run(AgreementCheck agreement, ModelDocument model, List<Finding> findings)
    {
        if (agreement.BoardContact is not { Name: not null, Function: not null } contact || (contact.Email is null && contact.Phone is null))
        {
            findings.Add(ConformityRules.Contacts.At(Stage, A + nameof(AgreementCheck.BoardContact),
                "Bijlage 1 onderdeel A: vul de functie en naam van de contactpersoon van de onderwijsinstelling in, met een e-mailadres of telefoonnummer.",
                "Bijlage 1 section A: fill in the function and name of the board's contact person, with an e-mail address or phone number."));
        }
        if (agreement.BoardIncidentContact is not { Name: not null, Email: not null, Phone: not null })
        {
            findings.Add(ConformityRules.BoardIncidentContact.At(Stage, A + nameof(AgreementCheck.BoardIncidentContact),
                "Bijlage 2 onderdeel C: vul de contactpersoon van de onderwijsinstelling bij incidenten in, met e-mailadres en telefoonnummer.",
                "Bijlage 2 section C: fill in the board's incident contact, with e-mail address and phone number."));
        }
        var privacyTemplate = model.AgreementParts.Annexes.Privacy;
        var eckIdEntry = agreement.AmendedClauseIds.Contains(Amendment.EckIdClause);
        foreach (var product in agreement.Products)
        {
            Product(product, privacyTemplate, eckIdEntry, findings);
        }
        Clauses(agreement, model, findings);
    }

    private static void Product(ProductCheck product, PrivacyAnnexTemplate template, bool eckIdEntry, List<Finding> findings)
    {
        var field = $"{A}Products[{product.ProductId}]";
        var id = product.ProductId;
        if (product.Privacy is null || product.Security is null)
        {
            var (nl, en) = (product.Privacy, product.Security) switch
            {
                (null, null) => ("privacybijsluiter en beveiligingsbijlage", "privacy annex and security annex"),
                (null, _) => ("privacybijsluiter", "privacy annex"),
                _ => ("beveiligingsbijlage", "security annex"),
            };
            findings.Add(ConformityRules.PublishedAnnexes.At(Stage, field,
                $"{product.ProductName}: er is nog geen gepubliceerde {nl}. De leverancier publiceert die bij het product.",
                $"{product.ProductName}: there is no published {en} yet. The supplier publishes it with the product.", id));
        }
        if (product.Privacy is not { } privacy)
        {
            return;
        }
        var choices = product.Choices ?? ProductAnnexChoices.None(id);
        foreach (var service in privacy.OptionalServices)
        {
            if (choices.DecisionFor(service) is null)
            {
                findings.Add(ConformityRules.OptionalServicesDecided.At(Stage, $"{field}.OptionalServices[{service.Id}]",
                    $"{product.ProductName}: beslis of de onderwijsinstelling akkoord gaat met de optionele dienst '{service.Description}'.",
                    $"{product.ProductName}: decide whether the board accepts the optional service '{service.Description}'.", id));
            }
        }
        foreach (var transfer in privacy.Transfers.Where(PrivacyChecks.IsTransfer))
        {
            if (choices.ConsentFor(transfer) is not { Consented: true })
            {
                var destination = transfer.CountryCode is { } code ? (Countries.NameOf(code, false), Countries.NameOf(code, true)) : (transfer.InternationalOrganisation!, transfer.InternationalOrganisation!);
                findings.Add(ConformityRules.TransferConsent.At(Stage, $"{field}.Transfers[{transfer.Id}]",
                    $"{product.ProductName}: de schriftelijke toestemming van de onderwijsinstelling voor de doorgifte naar {destination.Item1} ontbreekt.",
                    $"{product.ProductName}: the board's written consent to the transfer to {destination.Item2} is missing.", id));
            }
        }
        if (choices.RetentionFor(privacy) is null)
        {
            findings.Add(ConformityRules.Retention.At(Stage, $"{field}.Retention",
                $"{product.ProductName}: de onderwijsinstelling heeft de bewaartermijnen (Bijlage 1 onderdeel F2) nog niet vastgesteld of het voorstel van de verwerker overgenomen.",
                $"{product.ProductName}: the board has not yet set the retention periods (Bijlage 1 section F2) or adopted the processor's proposal.", id));
        }
        if (!eckIdEntry && PrivacyChecks.IdentifiesPupilsWithoutEckId(privacy, template))
        {
            findings.Add(ConformityRules.EckId.At(Stage, $"{A}Clauses[{Amendment.EckIdClause}]",
                $"{product.ProductName} verwerkt gegevens van onderwijsdeelnemers zonder het ECK iD, en Bijlage 3 heeft geen aanvaarde, gemotiveerde aanvulling op artikel 7 lid 4.",
                $"{product.ProductName} processes pupils' data without the ECK iD, and Bijlage 3 has no accepted, reasoned entry on article 7 paragraph 4.", id));
        }
    }

    private static void Clauses(AgreementCheck agreement, ModelDocument model, List<Finding> findings)
    {
        foreach (var clause in agreement.AgreedClauses ?? [])
        {
            var published = model.FindClause(clause.Id);
            if (agreement.AmendedClauseIds.Contains(clause.Id))
            {
                continue;
            }
            if (published is null)
            {
                findings.Add(ConformityRules.ChangedArticles.At(Stage, $"{A}Clauses[{clause.Id}]",
                    $"'{clause.Id}' is geen bepaling van het model. Een aanvulling hoort in Bijlage 3, gemotiveerd.",
                    $"'{clause.Id}' is not a clause of the model. An addition belongs in Bijlage 3, with its reason."));
            }
            else if (Normalise(clause.Text) != Normalise(TemplateText.PlainText(published.Text)))
            {
                findings.Add(ConformityRules.ChangedArticles.At(Stage, $"{A}Clauses[{clause.Id}]",
                    $"De tekst van {published.Citation} wijkt af van het model zonder aanvaarde wijziging in Bijlage 3.",
                    $"The text of {published.Citation} deviates from the model without an accepted change in Bijlage 3."));
            }
        }
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();
}
