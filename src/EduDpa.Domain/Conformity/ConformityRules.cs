using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Conformity;

/// <summary>
/// The catalogue of conformity rules. Each cites the article of the Model Verwerkersovereenkomst 4.0 (or the
/// annex section, or the AVG) it enforces and says what to do. The numbering is stable: a rule that is
/// dropped leaves its number unused.
/// </summary>
public static class ConformityRules
{
    private static readonly RuleSeverity[] AnnexError = [new(CheckStage.Annex, Severity.Error)];
    private static readonly RuleSeverity[] AnnexAttention = [new(CheckStage.Annex, Severity.Attention)];
    private static readonly RuleSeverity[] AnnexInfo = [new(CheckStage.Annex, Severity.Info)];
    private static readonly RuleSeverity[] SigningError = [new(CheckStage.Signing, Severity.Error)];
    private static readonly RuleSeverity[] BothError = [new(CheckStage.Annex, Severity.Error), new(CheckStage.Signing, Severity.Error)];

    private static ConformityRule Rule(string id, string reference, string titleNl, string titleEn, string guidanceNl, string guidanceEn, RuleSeverity[] severities) =>
        new(id, reference, new Bilingual(titleNl, titleEn), new Bilingual(guidanceNl, guidanceEn), severities);

    public static readonly ConformityRule TransferEntry = Rule("R01", "artikel 10 lid 1 en 2; Bijlage 1 onderdeel G",
        "Verwerking buiten de EER staat als doorgifte in onderdeel G", "Processing outside the EEA is listed as a transfer in section G",
        "Elke locatie, elk verwerkingsland en elk vestigingsland van een subverwerker buiten de EER heeft een doorgifte in onderdeel G, met het land (of de internationale organisatie), een beschrijving en de waarborg.",
        "Every location, and every processing country and country of establishment of a sub-processor, outside the EEA has a transfer in section G, with the country (or international organisation), a description and the safeguard.",
        AnnexError);

    public static readonly ConformityRule TransferSafeguard = Rule("R02", "artikel 10 lid 2; AVG artikel 45 en 46",
        "Doorgifte zonder adequaatheidsbesluit heeft een passende waarborg", "A transfer without an adequacy decision has an appropriate safeguard",
        "Is er voor het land geen adequaatheidsbesluit van de Europese Commissie, dan is de waarborg een modelcontract (SCC), bindende bedrijfsvoorschriften (BCR) of een andere waarborg van artikel 46 AVG, met een omschrijving.",
        "If the European Commission has not adopted an adequacy decision for the country, the safeguard is standard contractual clauses (SCC), binding corporate rules (BCR) or another safeguard of GDPR article 46, described.",
        AnnexError);

    public static readonly ConformityRule SupplementaryMeasures = Rule("R03", "artikel 10 lid 3",
        "Bij een modelcontract (SCC) zijn de aanvullende maatregelen beschreven", "With standard contractual clauses the supplementary measures are described",
        "Beschrijf welke aanvullende maatregelen (zoals versleuteling met sleutels in de EER) het beschermingsniveau tijdens en na de doorgifte gelijkwaardig houden, of waarom ze niet nodig zijn.",
        "Describe which supplementary measures (such as encryption with keys held in the EEA) keep the level of protection during and after the transfer equivalent, or why none are needed.",
        AnnexAttention);

    public static readonly ConformityRule AdequacyScope = Rule("R04", "artikel 10 lid 2; AVG artikel 45",
        "Bij een beperkt adequaatheidsbesluit valt de ontvanger aantoonbaar binnen het besluit", "Under a partial adequacy decision the recipient demonstrably falls within it",
        "Sommige adequaatheidsbesluiten gelden maar voor een deel van de ontvangers; voor de Verenigde Staten alleen voor organisaties met een certificering onder het EU-VS Data Privacy Framework. Noem die certificering.",
        "Some adequacy decisions hold only for part of the recipients; for the United States only for organisations certified under the EU-US Data Privacy Framework. Name that certification.",
        AnnexAttention);

    public static readonly ConformityRule TransferConsent = Rule("R05", "artikel 10 lid 1; Bijlage 1 onderdeel G",
        "De onderwijsinstelling geeft vóór ondertekening schriftelijk toestemming voor elke doorgifte", "The board gives written consent to every transfer before signing",
        "De verwerker mag alleen doorgeven met specifieke schriftelijke toestemming van de onderwijsinstelling. Geef die toestemming per doorgifte in de keuzes van de onderwijsinstelling, of maak bezwaar.",
        "The processor may transfer only with the board's specific written consent. Give that consent per transfer in the board's choices, or object.",
        SigningError);

    public static readonly ConformityRule SubProcessorComplete = Rule("R06", "artikel 11 lid 1; Bijlage 1 onderdeel H",
        "Elke subverwerker is volledig beschreven", "Every sub-processor is fully described",
        "Vul per subverwerker de naam, de soort verwerking, de persoonsgegevens die hij verwerkt, het land van opslag/verwerking en het vestigingsland in.",
        "For each sub-processor give its name, the kind of processing, the personal data it processes, the country of storage/processing and the country of establishment.",
        AnnexError);

    public static readonly ConformityRule SubProcessorData = Rule("R07", "artikel 5 lid 3; Bijlage 1 onderdelen F en H",
        "Een subverwerker verwerkt alleen gegevens die in onderdeel F staan", "A sub-processor processes only data listed in section F",
        "Een subverwerker kan geen persoonsgegevens verwerken die de verwerker zelf niet verwerkt. Vink de categorie ook in onderdeel F aan, of haal haar bij de subverwerker weg.",
        "A sub-processor cannot process personal data the processor itself does not process. Tick the category in section F too, or remove it from the sub-processor.",
        AnnexAttention);

    public static readonly ConformityRule NoAdvertising = Rule("R08", "artikel 5 lid 2",
        "Geen verwerking voor reclame of ongevraagde aanbiedingen", "No processing for advertising or unsolicited offers",
        "De model verwerkersovereenkomst verbiedt verwerking voor reclamedoeleinden of ongevraagde aanbiedingen. Haal dit doel of deze verwerking weg.",
        "The model agreement forbids processing for advertising or unsolicited offers. Remove this purpose or processing.",
        AnnexError);

    public static readonly ConformityRule Purposes = Rule("R09", "artikel 5 lid 3; Bijlage 1 onderdeel E",
        "Ten minste één doeleinde; 'andere doeleinden' is omschreven", "At least one purpose; 'other purposes' is described",
        "Vink in onderdeel E de doeleinden aan waarvoor het product persoonsgegevens verwerkt. Wie 'andere doeleinden … namelijk' aanvinkt, schrijft op welke.",
        "Tick in section E the purposes for which the product processes personal data. Whoever ticks 'other purposes … namely' says which.",
        AnnexError);

    public static readonly ConformityRule DataCategories = Rule("R10", "artikel 5 lid 3; Bijlage 1 onderdeel F",
        "Ten minste één categorie persoonsgegevens; 'andere persoonsgegevens' is omschreven", "At least one category of personal data; 'other personal data' is described",
        "Vink in onderdeel F aan welke persoonsgegevens van welke betrokkenen worden verwerkt. Wie 'andere persoonsgegevens, namelijk' aanvinkt, schrijft op welke.",
        "Tick in section F which personal data of which data subjects are processed. Whoever ticks 'other personal data, namely' says which.",
        AnnexError);

    public static readonly ConformityRule SpecialCategories = Rule("R11", "artikel 9 lid 1 sub c; AVG artikel 9",
        "Bijzondere persoonsgegevens (gezondheid, godsdienst)", "Special categories of personal data (health, religion)",
        "Gegevens over gezondheid of godsdienst mogen alleen worden verwerkt met een uitzondering van artikel 9 AVG en de UAVG. Leg vast welke uitzondering geldt; een gegevensbeschermingseffectbeoordeling (DPIA) wordt aangeraden.",
        "Data concerning health or religion may be processed only under an exception of GDPR article 9 and the Dutch implementation act. Record which exception applies; a data protection impact assessment (DPIA) is advised.",
        AnnexAttention);

    public static readonly ConformityRule CitizenServiceNumber = Rule("R12", "Bijlage 1 onderdeel F; UAVG artikel 46",
        "BSN of PGN alleen waar de wet dat toestaat", "Citizen service number (BSN) or PGN only where the law allows it",
        "Het burgerservicenummer en het persoonsgebonden nummer mogen alleen worden verwerkt voor zover een wet dat voorschrijft. Ga na of dat voor dit product zo is.",
        "The citizen service number and the personal education number may be processed only where a law provides for it. Check whether that holds for this product.",
        AnnexAttention);

    public static readonly ConformityRule EckId = Rule("R13", "artikel 7 lid 4",
        "Onderwijsdeelnemers worden met het ECK iD geïdentificeerd, of Bijlage 3 motiveert waarom niet", "Pupils are identified with the ECK iD, or Bijlage 3 explains why not",
        "Waar het ECK iD (KetenID) beschikbaar is, gebruiken partijen uitsluitend dat. Vink het ECK iD in onderdeel F aan, of neem vóór ondertekening een gemotiveerde aanvulling op artikel 7 lid 4 op in Bijlage 3.",
        "Where the ECK iD (KetenID) is available, the parties use only that. Tick the ECK iD in section F, or add a reasoned addition to article 7 paragraph 4 to Bijlage 3 before signing.",
        [new(CheckStage.Annex, Severity.Attention), new(CheckStage.Signing, Severity.Error)]);

    public static readonly ConformityRule Retention = Rule("R14", "artikel 12 lid 1; Bijlage 1 onderdeel F2",
        "Bewaartermijnen of de criteria daarvoor zijn vastgelegd", "Retention periods, or the criteria for them, are stated",
        "De verwerker stelt in onderdeel F2 bewaartermijnen of criteria voor; de onderwijsinstelling stelt vóór ondertekening de termijnen vast (of neemt het voorstel over).",
        "The processor proposes retention periods or criteria in section F2; the board sets the periods (or adopts the proposal) before signing.",
        BothError);

    public static readonly ConformityRule EssentialServices = Rule("R15", "artikel 3 lid 2 en 3; Bijlage 1 onderdeel D",
        "Ten minste één noodzakelijke dienst, elke dienst met haar verwerkingen", "At least one essential service, each service with its processing",
        "Beschrijf in onderdeel D welke diensten onlosmakelijk bij het product horen, welke optioneel zijn, en per dienst welke verwerkingen daarbij plaatsvinden, in begrijpelijke taal.",
        "Describe in section D which services are an inseparable part of the product, which are optional, and for each service which processing goes with it, in plain language.",
        AnnexError);

    public static readonly ConformityRule OptionalServicesDecided = Rule("R16", "artikel 3 lid 2; Bijlage 1 onderdeel D",
        "De onderwijsinstelling heeft over elke optionele dienst beslist", "The board has decided on every optional service",
        "Geef vóór ondertekening per optionele dienst aan of de onderwijsinstelling ermee akkoord gaat.",
        "Before signing, say for each optional service whether the board accepts it.",
        SigningError);

    public static readonly ConformityRule Contacts = Rule("R17", "artikel 2 lid 3; Bijlage 1 onderdeel A",
        "Contactpersonen van beide partijen met contactgegevens", "Contact persons of both parties with contact details",
        "Onderdeel A noemt per partij de functie en naam van de contactpersoon en een e-mailadres of telefoonnummer. De verwerker vult de zijne in de privacybijsluiter in, de onderwijsinstelling de hare vóór ondertekening.",
        "Section A names for each party the function and name of the contact person and an e-mail address or phone number. The processor fills in its own in the privacy annex, the board its own before signing.",
        BothError);

    public static readonly ConformityRule VersionStamp = Rule("R18", "Bijlage 1 onderdeel B; Bijlage 2",
        "Versienummer en versiedatum", "Version number and date",
        "Een gepubliceerde versie heeft een nummer en een datum; EduDpa geeft die bij het publiceren.",
        "A published version has a number and a date; EduDpa assigns them when publishing.",
        AnnexError);

    public static readonly ConformityRule GeneralInformation = Rule("R19", "Bijlage 1 onderdeel C",
        "Algemene informatie: product, verwerker met vestigingsgegevens, doelgroep en gebruikers", "General information: product, processor with address, audience and users",
        "Vul bij het product de naam, de doelgroep (po/vo/(v)so/mbo) en de gebruikers in, en bij de organisatie de vestigingsgegevens.",
        "Fill in the product's name, audience (po/vo/(v)so/mbo) and users, and the organisation's address.",
        AnnexError);

    public static readonly ConformityRule Locations = Rule("R20", "Bijlage 1 onderdeel G",
        "Elke verwerking van onderdeel D heeft een locatie", "Every processing of section D has a location",
        "Geef in onderdeel G voor elke dienst van onderdeel D aan in welk land de persoonsgegevens worden opgeslagen en verwerkt.",
        "State in section G, for every service of section D, in which country the personal data is stored and processed.",
        AnnexError);

    public static readonly ConformityRule StandardMeasures = Rule("R21", "artikel 7 lid 1; Bijlage 2 onderdeel A",
        "De zeven standaardmaatregelen zijn bevestigd of toegelicht", "The seven standard measures are affirmed or explained",
        "Bevestig elke maatregel van onderdeel A, of licht toe waarom en hoe het anders is geregeld.",
        "Affirm each measure of section A, or explain why and how it is arranged otherwise.",
        AnnexAttention);

    public static readonly ConformityRule Assessment = Rule("R22", "Bijlage 2 onderdeel B",
        "Toetsvorm, uitvoerder en BIV-classificatie", "Form of assessment, assessor and BIV classification",
        "Vul in hoe de maatregelen zijn getoetst (self-assessment, interne audit, peer review of externe audit), door wie (organisatie, naam, functie) en de classificatie voor beschikbaarheid, integriteit en vertrouwelijkheid (L/M/H).",
        "State how the measures were assessed (self-assessment, internal audit, peer review or external audit), by whom (organisation, name, function) and the classification for availability, integrity and confidentiality (L/M/H).",
        AnnexError);

    public static readonly ConformityRule RosaCompliance = Rule("R23", "Bijlage 2 onderdeel B",
        "Elke maatregel van de ROSA-tabel heeft een compliance", "Every measure of the ROSA table has a compliance",
        "Kies per rij Voldaan, Niet voldaan of Alternatieve maatregel.",
        "Choose per row Met, Not met or Alternative measure.",
        AnnexError);

    public static readonly ConformityRule RosaCorrection = Rule("R24", "Bijlage 2 onderdeel B",
        "Bij 'Niet voldaan' staat hoe en wanneer het wordt gecorrigeerd", "With 'Not met' it says how and when it is corrected",
        "Het model vraagt bij 'Niet voldaan' aan te geven hoe en wanneer dit wordt gecorrigeerd: geef een toelichting en een datum.",
        "For 'Not met' the model asks how and when it is corrected: give an explanation and a date.",
        AnnexError);

    public static readonly ConformityRule RosaAlternative = Rule("R25", "Bijlage 2 onderdeel B",
        "Een alternatieve maatregel is beschreven", "An alternative measure is described",
        "Beschrijf de alternatieve maatregel.",
        "Describe the alternative measure.",
        AnnexError);

    public static readonly ConformityRule HighClassificationAssessment = Rule("R26", "artikel 7 lid 7; Bijlage 2 onderdeel B",
        "Hoge classificatie met alleen een self-assessment", "High classification with only a self-assessment",
        "Bij een hoge (H) classificatie is een self-assessment een zwak bewijs. Overweeg een externe audit, certificering of derdenverklaring (artikel 7 lid 7).",
        "With a high (H) classification a self-assessment is weak evidence. Consider an external audit, certification or third-party statement (article 7 paragraph 7).",
        AnnexAttention);

    public static readonly ConformityRule LoginHttps = Rule("R27", "artikel 7 lid 1; Bijlage 2 onderdeel B",
        "De inlogpagina gebruikt https", "The login page uses https",
        "Een inlogpagina zonder https stuurt wachtwoorden onversleuteld over het netwerk. Geef het https-adres.",
        "A login page without https sends passwords unencrypted over the network. Give the https address.",
        AnnexAttention);

    public static readonly ConformityRule IncidentContact = Rule("R28", "artikel 8 lid 2; Bijlage 2 onderdeel C",
        "Contactpersoon van de verwerker bij incidenten, met e-mail en telefoon", "The processor's incident contact, with e-mail and phone",
        "Vul in onderdeel C de naam en functie van de contactpersoon bij beveiligingsincidenten en datalekken in, met e-mailadres en telefoonnummer.",
        "Fill in, in section C, the name and function of the contact for security incidents and data breaches, with e-mail address and phone number.",
        AnnexError);

    public static readonly ConformityRule ChangedArticles = Rule("R29", "artikel 14 lid 2",
        "Een artikel wijkt alleen af van het model via Bijlage 3", "An article deviates from the model only through Bijlage 3",
        "Afwijkingen van en aanvullingen op de artikelen van het model worden beschreven en gemotiveerd in Bijlage 3. Neem de wijziging op in Bijlage 3 of zet de modeltekst terug.",
        "Deviations from and additions to the model's articles are described and reasoned in Bijlage 3. Add the change to Bijlage 3 or restore the model text.",
        SigningError);

    public static readonly ConformityRule BreachInformation = Rule("R30", "artikel 8 lid 2; Bijlage 2 onderdeel C",
        "Alle informatie over een datalek wordt toegezegd", "All information about a data breach is committed to",
        "Onderdeel C somt op welke informatie de verwerker bij een datalek verstrekt. Ontbreekt een punt, dan kan de onderwijsinstelling haar meldplicht moeilijker nakomen.",
        "Section C lists the information the processor gives in case of a data breach. Without an item the board can meet its duty to notify less easily.",
        AnnexAttention);

    public static readonly ConformityRule BoardIncidentContact = Rule("R31", "artikel 8 lid 2; Bijlage 2 onderdeel C",
        "Contactpersoon van de onderwijsinstelling bij incidenten", "The board's incident contact",
        "Vul vóór ondertekening de naam en functie van de contactpersoon van de onderwijsinstelling bij beveiligingsincidenten en datalekken in, met e-mailadres en telefoonnummer.",
        "Before signing, fill in the name and function of the board's contact for security incidents and data breaches, with e-mail address and phone number.",
        SigningError);

    public static readonly ConformityRule PublishedAnnexes = Rule("R32", "artikel 3 lid 3; artikel 7 lid 3",
        "Elk product heeft een gepubliceerde privacybijsluiter en beveiligingsbijlage", "Every product has a published privacy annex and security annex",
        "De verwerker informeert de onderwijsinstelling in Bijlage 1 en legt de beveiligingsmaatregelen vast in Bijlage 2. Publiceer beide voor elk product van de overeenkomst.",
        "The processor informs the board in Bijlage 1 and records the security measures in Bijlage 2. Publish both for every product of the agreement.",
        SigningError);

    public static readonly ConformityRule TransferInsideEea = Rule("R33", "artikel 10 lid 1; Bijlage 1 onderdeel G",
        "Een doorgifte binnen de EER is geen doorgifte", "A transfer inside the EEA is not a transfer",
        "Verwerking binnen de Europese Economische Ruimte hoeft niet als doorgifte te worden opgenomen; de locatie in de eerste tabel van onderdeel G volstaat.",
        "Processing inside the European Economic Area need not be listed as a transfer; the location in the first table of section G suffices.",
        AnnexInfo);

    public static IReadOnlyList<ConformityRule> All { get; } =
    [
        TransferEntry, TransferSafeguard, SupplementaryMeasures, AdequacyScope, TransferConsent, SubProcessorComplete, SubProcessorData,
        NoAdvertising, Purposes, DataCategories, SpecialCategories, CitizenServiceNumber, EckId, Retention, EssentialServices,
        OptionalServicesDecided, Contacts, VersionStamp, GeneralInformation, Locations, StandardMeasures, Assessment, RosaCompliance,
        RosaCorrection, RosaAlternative, HighClassificationAssessment, LoginHttps, IncidentContact, ChangedArticles, BreachInformation,
        BoardIncidentContact, PublishedAnnexes, TransferInsideEea,
    ];

    public static ConformityRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
