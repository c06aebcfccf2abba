using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Conformity;

/// <summary>The rules about Bijlage 1 as the supplier fills it in (annex stage).</summary>
internal static class PrivacyChecks
{
    private const string P = "Privacy.";
    private const CheckStage Stage = CheckStage.Annex;

    public static void Run(PrivacyAnnex annex, PrivacyAnnexTemplate template, List<Finding> findings, Guid? product)
    {
        Contact(annex, findings, product);
        Version(annex, findings, product);
        General(annex, findings, product);
        Services(annex, findings, product);
        Purposes(annex, template, findings, product);
        DataCategories(annex, template, findings, product);
        if (annex.Retention is null)
        {
            findings.Add(ConformityRules.Retention.At(Stage, P + nameof(PrivacyAnnex.Retention),
                "Onderdeel F2 noemt geen bewaartermijnen of criteria om ze vast te stellen.", "Section F2 gives no retention periods or criteria to set them.", product));
        }
        Locations(annex, findings, product);
        Transfers(annex, findings, product);
        SubProcessors(annex, template, findings, product);
        Advertising(annex, findings, product);
    }

    /// <summary>Identifying pupils without the ECK iD: pupil data ticked, the ECK iD row not.</summary>
    public static bool IdentifiesPupilsWithoutEckId(PrivacyAnnex annex, PrivacyAnnexTemplate template)
    {
        var pupilTable = template.DataCategoryTables[0];
        var eckId = pupilTable.Rows.Single(r => r.Category == "ECK-iD").Id;
        var ticked = annex.DataCategories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return !ticked.Contains(eckId) && pupilTable.Rows.Any(r => ticked.Contains(r.Id));
    }

    public static bool IsTransfer(Transfer transfer) =>
        transfer.InternationalOrganisation is not null || (transfer.CountryCode is { } code && !Countries.IsEea(code));

    private static void Contact(PrivacyAnnex annex, List<Finding> findings, Guid? product)
    {
        const string field = P + nameof(PrivacyAnnex.ProcessorContact);
        if (annex.ProcessorContact is not { Name: not null, Function: not null } contact || (contact.Email is null && contact.Phone is null))
        {
            findings.Add(ConformityRules.Contacts.At(Stage, field,
                "Onderdeel A: vul de functie en naam van de contactpersoon van de verwerker in, met een e-mailadres of telefoonnummer.",
                "Section A: fill in the function and name of the processor's contact person, with an e-mail address or phone number.", product));
        }
    }

    private static void Version(PrivacyAnnex annex, List<Finding> findings, Guid? product)
    {
        if (annex.Version is null)
        {
            findings.Add(ConformityRules.VersionStamp.At(Stage, P + nameof(PrivacyAnnex.Version),
                "Onderdeel B: de privacybijsluiter heeft geen versienummer en versiedatum.", "Section B: the privacy annex has no version number and date.", product));
        }
    }

    private static void General(PrivacyAnnex annex, List<Finding> findings, Guid? product)
    {
        const string field = P + nameof(PrivacyAnnex.General);
        if (annex.General is not { } general)
        {
            findings.Add(ConformityRules.GeneralInformation.At(Stage, field,
                "Onderdeel C ontbreekt: productnaam, verwerker met vestigingsgegevens, doelgroep en gebruikers.", "Section C is missing: product name, processor with address, audience and users.", product));
            return;
        }
        if (string.IsNullOrWhiteSpace(general.ProductName))
        {
            findings.Add(ConformityRules.GeneralInformation.At(Stage, field + ".ProductName", "Onderdeel C: de naam van het product ontbreekt.", "Section C: the product's name is missing.", product));
        }
        if (string.IsNullOrWhiteSpace(general.ProcessorName) || general.ProcessorAddress is null)
        {
            findings.Add(ConformityRules.GeneralInformation.At(Stage, field + ".ProcessorAddress", "Onderdeel C: naam en vestigingsgegevens van de verwerker ontbreken.", "Section C: the processor's name and address are missing.", product));
        }
        if (general.Audience.Count == 0)
        {
            findings.Add(ConformityRules.GeneralInformation.At(Stage, field + ".Audience", "Onderdeel C: kies de doelgroep (po, vo, (v)so, mbo).", "Section C: choose the audience (po, vo, (v)so, mbo).", product));
        }
        if (general.Users.Count == 0)
        {
            findings.Add(ConformityRules.GeneralInformation.At(Stage, field + ".Users", "Onderdeel C: kies de gebruikers (onderwijsdeelnemers, ouders/verzorgers, medewerkers).", "Section C: choose the users (pupils, parents/guardians, staff).", product));
        }
    }

    private static void Services(PrivacyAnnex annex, List<Finding> findings, Guid? product)
    {
        if (annex.EssentialServices.Count == 0)
        {
            findings.Add(ConformityRules.EssentialServices.At(Stage, P + nameof(PrivacyAnnex.EssentialServices),
                "Onderdeel D: beschrijf ten minste één dienst die onlosmakelijk bij het product hoort.", "Section D: describe at least one service that is an inseparable part of the product.", product));
        }
        foreach (var (list, services) in new[] { (nameof(PrivacyAnnex.EssentialServices), annex.EssentialServices), (nameof(PrivacyAnnex.OptionalServices), annex.OptionalServices) })
        {
            for (var i = 0; i < services.Count; i++)
            {
                if (services[i].Description is null)
                {
                    findings.Add(ConformityRules.EssentialServices.At(Stage, $"{P}{list}[{i}].Description",
                        $"Onderdeel D: dienst {i + 1} heeft geen omschrijving.", $"Section D: service {i + 1} has no description.", product));
                }
                if (services[i].Processing is null)
                {
                    findings.Add(ConformityRules.EssentialServices.At(Stage, $"{P}{list}[{i}].Processing",
                        $"Onderdeel D: bij '{services[i].Description ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}' staan geen bijbehorende verwerkingen.",
                        $"Section D: '{services[i].Description ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}' has no processing.", product));
                }
            }
        }
    }

    private static void Purposes(PrivacyAnnex annex, PrivacyAnnexTemplate template, List<Finding> findings, Guid? product)
    {
        if (annex.Purposes.Count == 0)
        {
            findings.Add(ConformityRules.Purposes.At(Stage, P + nameof(PrivacyAnnex.Purposes),
                "Onderdeel E: vink ten minste één doeleinde aan.", "Section E: tick at least one purpose.", product));
        }
        var other = template.Purposes.Single(p => p.Other).Id;
        if (annex.Purposes.Contains(other) && annex.OtherPurpose is null)
        {
            findings.Add(ConformityRules.Purposes.At(Stage, P + nameof(PrivacyAnnex.OtherPurpose),
                "Onderdeel E: 'andere doeleinden … namelijk' is aangevinkt maar niet omschreven.", "Section E: 'other purposes … namely' is ticked but not described.", product));
        }
    }

    private static void DataCategories(PrivacyAnnex annex, PrivacyAnnexTemplate template, List<Finding> findings, Guid? product)
    {
        if (annex.DataCategories.Count == 0)
        {
            findings.Add(ConformityRules.DataCategories.At(Stage, P + nameof(PrivacyAnnex.DataCategories),
                "Onderdeel F: vink ten minste één categorie persoonsgegevens aan.", "Section F: tick at least one category of personal data.", product));
        }
        var rows = template.DataCategories.ToDictionary(r => r.Id, StringComparer.Ordinal);
        for (var i = 0; i < annex.DataCategories.Count; i++)
        {
            if (!rows.TryGetValue(annex.DataCategories[i].Id, out var row))
            {
                continue;
            }
            var field = $"{P}{nameof(PrivacyAnnex.DataCategories)}[{i}]";
            var subject = DataSubject(template, row.Id);
            if (row.IsOther && annex.DataCategories[i].Note is null)
            {
                findings.Add(ConformityRules.DataCategories.At(Stage, field + ".Note",
                    $"Onderdeel F ({subject.Nl}): 'andere persoonsgegevens, namelijk' is aangevinkt maar niet omschreven.",
                    $"Section F ({subject.En}): 'other personal data, namely' is ticked but not described.", product));
            }
            if (row.SpecialCategory)
            {
                var category = row.Category.TrimEnd('*');
                findings.Add(ConformityRules.SpecialCategories.At(Stage, field,
                    $"Onderdeel F ({subject.Nl}): '{category}' is een bijzonder persoonsgegeven. Leg vast op welke uitzondering van artikel 9 AVG de verwerking steunt; een DPIA wordt aangeraden.",
                    $"Section F ({subject.En}): '{category}' is a special category of personal data. Record the exception of GDPR article 9 the processing relies on; a DPIA is advised.", product));
            }
            if (row.Category.StartsWith("Burgerservicenummer", StringComparison.Ordinal))
            {
                findings.Add(ConformityRules.CitizenServiceNumber.At(Stage, field,
                    "Onderdeel F: het BSN of PGN wordt verwerkt. Dat mag alleen waar een wet het voorschrijft; noem die grondslag of vink het uit.",
                    "Section F: the citizen service number (BSN) or PGN is processed. That is allowed only where a law provides for it; name that basis or untick it.", product));
            }
        }
        if (IdentifiesPupilsWithoutEckId(annex, template))
        {
            findings.Add(ConformityRules.EckId.At(Stage, P + nameof(PrivacyAnnex.DataCategories),
                "Onderdeel F: gegevens van onderwijsdeelnemers worden verwerkt zonder het ECK iD. Artikel 7 lid 4 vraagt het ECK iD waar het beschikbaar is; gebruikt u het niet, dan is vóór ondertekening een gemotiveerde aanvulling in Bijlage 3 nodig.",
                "Section F: pupils' data is processed without the ECK iD. Article 7 paragraph 4 asks for the ECK iD where it is available; without it a reasoned entry in Bijlage 3 is needed before signing.", product));
        }
    }

    private static void Locations(PrivacyAnnex annex, List<Finding> findings, Guid? product)
    {
        var services = annex.AllServices.ToList();
        for (var i = 0; i < services.Count; i++)
        {
            if (!annex.Locations.Any(l => l.ServiceId == services[i].Id && l.CountryCode is not null))
            {
                var list = i < annex.EssentialServices.Count ? nameof(PrivacyAnnex.EssentialServices) : nameof(PrivacyAnnex.OptionalServices);
                var index = i < annex.EssentialServices.Count ? i : i - annex.EssentialServices.Count;
                findings.Add(ConformityRules.Locations.At(Stage, $"{P}{list}[{index}]",
                    $"Onderdeel G: voor '{services[i].Description}' staat niet in welk land de gegevens worden opgeslagen en verwerkt.",
                    $"Section G: for '{services[i].Description}' it does not say in which country the data is stored and processed.", product));
            }
        }
        for (var i = 0; i < annex.Locations.Count; i++)
        {
            var location = annex.Locations[i];
            var field = $"{P}{nameof(PrivacyAnnex.Locations)}[{i}]";
            if (location.ServiceId is null || location.CountryCode is null)
            {
                findings.Add(ConformityRules.Locations.At(Stage, field + (location.CountryCode is null ? ".CountryCode" : ".ServiceId"),
                    $"Onderdeel G: locatie {i + 1} noemt niet zowel de verwerking als het land.", $"Section G: location {i + 1} does not name both the processing and the country.", product));
                continue;
            }
            NeedsTransfer(annex, location.CountryCode, field + ".CountryCode", $"locatie {i + 1}", $"location {i + 1}", findings, product);
        }
    }

    private static void NeedsTransfer(PrivacyAnnex annex, string? country, string field, string whatNl, string whatEn, List<Finding> findings, Guid? product)
    {
        if (country is null || Countries.IsEea(country) || annex.Transfers.Any(t => t.CountryCode == country))
        {
            return;
        }
        findings.Add(ConformityRules.TransferEntry.At(Stage, field,
            $"{Capital(whatNl)} ligt in {Countries.NameOf(country, false)}, buiten de EER. Neem in onderdeel G een doorgifte naar {Countries.NameOf(country, false)} op, met de waarborg.",
            $"{Capital(whatEn)} is in {Countries.NameOf(country, true)}, outside the EEA. Add a transfer to {Countries.NameOf(country, true)} to section G, with its safeguard.", product));
    }

    private static void Transfers(PrivacyAnnex annex, List<Finding> findings, Guid? product)
    {
        for (var i = 0; i < annex.Transfers.Count; i++)
        {
            var transfer = annex.Transfers[i];
            var field = $"{P}{nameof(PrivacyAnnex.Transfers)}[{i}]";
            var number = i + 1;
            if (transfer.CountryCode is { } eea && Countries.IsEea(eea) && transfer.InternationalOrganisation is null)
            {
                findings.Add(ConformityRules.TransferInsideEea.At(Stage, field + ".CountryCode",
                    $"Doorgifte {number} gaat naar {Countries.NameOf(eea, false)}, binnen de EER: dat is geen doorgifte en hoeft hier niet te staan.",
                    $"Transfer {number} goes to {Countries.NameOf(eea, true)}, inside the EEA: that is not a transfer and need not be listed.", product));
                continue;
            }
            if (transfer.CountryCode is null && transfer.InternationalOrganisation is null)
            {
                findings.Add(ConformityRules.TransferEntry.At(Stage, field + ".CountryCode",
                    $"Doorgifte {number} noemt geen land of internationale organisatie.", $"Transfer {number} names no country or international organisation.", product));
            }
            if (transfer.ServiceId is null || transfer.Description is null)
            {
                findings.Add(ConformityRules.TransferEntry.At(Stage, field + (transfer.ServiceId is null ? ".ServiceId" : ".Description"),
                    $"Doorgifte {number} noemt niet zowel de verwerking (onderdeel D) als een beschrijving van de doorgifte.",
                    $"Transfer {number} does not name both the processing (section D) and a description of the transfer.", product));
            }
            Safeguard(transfer, field, number, findings, product);
        }
    }

    private static void Safeguard(Transfer transfer, string field, int number, List<Finding> findings, Guid? product)
    {
        var adequacy = transfer.InternationalOrganisation is null && transfer.CountryCode is { } code ? Countries.AdequacyFor(code) : null;
        var (destinationNl, destinationEn) = transfer.CountryCode is { } country
            ? (Countries.NameOf(country, false), Countries.NameOf(country, true))
            : (transfer.InternationalOrganisation ?? "?", transfer.InternationalOrganisation ?? "?");
        switch (transfer.Safeguard)
        {
            case null:
                findings.Add(ConformityRules.TransferSafeguard.At(Stage, field + ".Safeguard",
                    $"Doorgifte {number} ({destinationNl}) noemt geen waarborg.", $"Transfer {number} ({destinationEn}) names no safeguard.", product));
                break;
            case Annexes.Safeguard.AdequacyDecision when adequacy is null:
                findings.Add(ConformityRules.TransferSafeguard.At(Stage, field + ".Safeguard",
                    $"Doorgifte {number}: voor {destinationNl} bestaat geen adequaatheidsbesluit. Gebruik een modelcontract (SCC), bindende bedrijfsvoorschriften (BCR) of een andere waarborg van artikel 46 AVG.",
                    $"Transfer {number}: there is no adequacy decision for {destinationEn}. Use standard contractual clauses (SCC), binding corporate rules (BCR) or another safeguard of GDPR article 46.", product));
                break;
            case Annexes.Safeguard.AdequacyDecision when adequacy is { Scope: { } scope, Qualification: { } qualification } && transfer.RecipientQualification is null:
                findings.Add(ConformityRules.AdequacyScope.At(Stage, field + ".RecipientQualification",
                    $"Doorgifte {number}: het adequaatheidsbesluit voor {destinationNl} ({adequacy.Decision}) geldt {scope.Nl}. Noem {qualification.Nl}.",
                    $"Transfer {number}: the adequacy decision for {destinationEn} ({adequacy.Decision}) holds {scope.En}. Name {qualification.En}.", product));
                break;
            case Annexes.Safeguard.StandardContractualClauses when transfer.SupplementaryMeasures is null:
                findings.Add(ConformityRules.SupplementaryMeasures.At(Stage, field + ".SupplementaryMeasures",
                    $"Doorgifte {number} ({destinationNl}) steunt op een modelcontract (SCC) zonder beschreven aanvullende maatregelen.",
                    $"Transfer {number} ({destinationEn}) relies on standard contractual clauses without described supplementary measures.", product));
                break;
            case Annexes.Safeguard.OtherArticle46Safeguard or Annexes.Safeguard.BindingCorporateRules when transfer.SafeguardDetails is null:
                findings.Add(ConformityRules.TransferSafeguard.At(Stage, field + ".SafeguardDetails",
                    $"Doorgifte {number} ({destinationNl}): omschrijf de waarborg.", $"Transfer {number} ({destinationEn}): describe the safeguard.", product));
                break;
        }
    }

    private static void SubProcessors(PrivacyAnnex annex, PrivacyAnnexTemplate template, List<Finding> findings, Guid? product)
    {
        var ticked = annex.DataCategories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < annex.SubProcessors.Count; i++)
        {
            var sub = annex.SubProcessors[i];
            var field = $"{P}{nameof(PrivacyAnnex.SubProcessors)}[{i}]";
            var name = sub.Name ?? $"{i + 1}";
            var missing = new List<(string Field, string Nl, string En)>();
            if (sub.Name is null) { missing.Add((nameof(SubProcessor.Name), "de naam", "the name")); }
            if (sub.Processing is null) { missing.Add((nameof(SubProcessor.Processing), "de soort verwerking", "the kind of processing")); }
            if (sub.DataCategories.Count == 0) { missing.Add((nameof(SubProcessor.DataCategories), "de persoonsgegevens", "the personal data")); }
            if (sub.ProcessingCountryCode is null) { missing.Add((nameof(SubProcessor.ProcessingCountryCode), "het land van opslag/verwerking", "the country of storage/processing")); }
            if (sub.EstablishmentCountryCode is null) { missing.Add((nameof(SubProcessor.EstablishmentCountryCode), "het vestigingsland", "the country of establishment")); }
            foreach (var (part, nl, en) in missing)
            {
                findings.Add(ConformityRules.SubProcessorComplete.At(Stage, $"{field}.{part}",
                    $"Onderdeel H: bij subverwerker '{name}' ontbreekt {nl}.", $"Section H: sub-processor '{name}' lacks {en}.", product));
            }
            var outside = sub.DataCategories.Where(c => !ticked.Contains(c)).ToList();
            if (outside.Count > 0)
            {
                var labels = string.Join("; ", outside.Select(id => Label(template, id)));
                findings.Add(ConformityRules.SubProcessorData.At(Stage, field + ".DataCategories",
                    $"Onderdeel H: subverwerker '{name}' verwerkt gegevens die niet in onderdeel F zijn aangevinkt: {labels}.",
                    $"Section H: sub-processor '{name}' processes data not ticked in section F: {labels}.", product));
            }
            NeedsTransfer(annex, sub.ProcessingCountryCode, field + ".ProcessingCountryCode", $"het verwerkingsland van subverwerker '{name}'", $"the processing country of sub-processor '{name}'", findings, product);
            if (sub.EstablishmentCountryCode != sub.ProcessingCountryCode)
            {
                NeedsTransfer(annex, sub.EstablishmentCountryCode, field + ".EstablishmentCountryCode", $"de vestiging van subverwerker '{name}'", $"the establishment of sub-processor '{name}'", findings, product);
            }
        }
    }

    private static void Advertising(PrivacyAnnex annex, List<Finding> findings, Guid? product)
    {
        void Check(string? text, string field, string whereNl, string whereEn)
        {
            if (AdvertisingLanguage.Find(text) is { } phrase)
            {
                findings.Add(ConformityRules.NoAdvertising.At(Stage, field,
                    $"{whereNl} noemt '{phrase}'. Verwerking voor reclame of ongevraagde aanbiedingen is verboden (artikel 5 lid 2).",
                    $"{whereEn} mentions '{phrase}'. Processing for advertising or unsolicited offers is forbidden (article 5 paragraph 2).", product));
            }
        }

        Check(annex.OtherPurpose, P + nameof(PrivacyAnnex.OtherPurpose), "Onderdeel E ('andere doeleinden')", "Section E ('other purposes')");
        foreach (var (list, services) in new[] { (nameof(PrivacyAnnex.EssentialServices), annex.EssentialServices), (nameof(PrivacyAnnex.OptionalServices), annex.OptionalServices) })
        {
            for (var i = 0; i < services.Count; i++)
            {
                Check(services[i].Description, $"{P}{list}[{i}].Description", $"Onderdeel D (dienst {i + 1})", $"Section D (service {i + 1})");
                Check(services[i].Processing, $"{P}{list}[{i}].Processing", $"Onderdeel D (verwerkingen bij dienst {i + 1})", $"Section D (processing of service {i + 1})");
            }
        }
        for (var i = 0; i < annex.SubProcessors.Count; i++)
        {
            Check(annex.SubProcessors[i].Processing, $"{P}{nameof(PrivacyAnnex.SubProcessors)}[{i}].Processing", $"Onderdeel H (subverwerker {i + 1})", $"Section H (sub-processor {i + 1})");
        }
    }

    private static Bilingual DataSubject(PrivacyAnnexTemplate template, string rowId)
    {
        var table = template.DataCategoryTables.First(t => t.Rows.Any(r => r.Id == rowId));
        return table.Id switch
        {
            "F1-pupil" => new Bilingual("onderwijsdeelnemer", "pupil"),
            "F1-parent" => new Bilingual("ouder/voogd/verzorger", "parent/guardian"),
            _ => new Bilingual("medewerker", "staff member"),
        };
    }

    private static string Label(PrivacyAnnexTemplate template, string id) =>
        template.DataCategories.FirstOrDefault(r => r.Id == id) is { } row
            ? $"{row.Category.TrimEnd('*')}{(row.Specification.Length > 0 && !row.IsOther ? " – " + row.Specification : string.Empty)} ({DataSubject(template, id).Nl})"
            : id;

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
