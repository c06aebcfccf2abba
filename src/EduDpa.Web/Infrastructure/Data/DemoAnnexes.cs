using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>
/// The demo products' annexes, all fictional: Rekenroute published and conform (with a transfer to the United
/// States under standard contractual clauses) plus a draft of version 2 with an open finding; ToetsVoorbeeld
/// published with points of attention; Leerlingportaal published; Taalkompas only an early draft.
/// </summary>
internal static class DemoAnnexes
{
    private const string Model = ModelCatalog.ModelAgreement40;

    public static readonly Service RekenrouteParents = new("rr-ouder", "Ouderinzage", "Tonen van de voortgang van het eigen kind aan ouders via een ouderaccount.");

    public static readonly Transfer RekenrouteSupport = new(
        "rr-support", "rr-volg", "Toegang tot supporttickets met naam en e-mailadres van leerkrachten", "US", null, "Helpdesk Voorbeeld Inc. (fictief)",
        Safeguard.StandardContractualClauses, "Modelcontract (EU) 2021/914, module 3 (verwerker aan verwerker)",
        "Tickets worden versleuteld opgeslagen met sleutels in de EER; leerlinggegevens komen niet in tickets.", null);

    public static PrivacyAnnex Rekenroute() => new(
        Model,
        new ContactPerson("Eva Editor (demo)", "Functionaris gegevensbescherming", "privacy@leermiddel.example", "+31 20 000 0101"),
        [
            new Service("rr-oefenen", "Rekenoefeningen en toetsen voor leerlingen", "Opslaan van antwoorden, scores en voortgang per leerling; de oefenstof afstemmen op het niveau van de leerling."),
            new Service("rr-volg", "Leerlingvolgsysteem voor leerkrachten", "Tonen van voortgang en resultaten per leerling en per groep aan de leerkracht."),
        ],
        [RekenrouteParents],
        ["E1", "E2", "E3", "E4", "E13", "E14", "E15"],
        [],
        null,
        Ticked("F1-pupil-1", "F1-pupil-3", "F1-pupil-10", "F1-pupil-12", "F1-pupil-13", "F1-pupil-21", "F1-pupil-23", "F1-pupil-29", "F1-parent-1", "F1-parent-3", "F1-parent-9", "F1-staff-1", "F1-staff-3", "F1-staff-5"),
        "Resultaten en voortgang: tot het einde van het schooljaar waarin de leerling de school verlaat, daarna binnen drie maanden verwijderd. Loggegevens: zes maanden.",
        [new Location("rr-oefenen", "NL", "Amsterdam"), new Location("rr-volg", "NL", "Amsterdam"), new Location("rr-ouder", "NL", "Amsterdam")],
        [RekenrouteSupport],
        [
            new SubProcessor("Hosting Fictief B.V.", "Hosting van de applicatie en de database", ["F1-pupil-1", "F1-pupil-3", "F1-pupil-12", "F1-pupil-13", "F1-pupil-21", "F1-pupil-23"], "NL", "NL"),
            new SubProcessor("Helpdesk Voorbeeld Inc. (fictief)", "Supporttickets van leerkrachten", ["F1-staff-1", "F1-staff-3", "F1-staff-5"], "US", "US"),
        ]);

    /// <summary>Version 2 in the making: a new sub-processor in the United Kingdom without its transfer yet (rule R01).</summary>
    public static PrivacyAnnex RekenrouteDraft() => Rekenroute() with
    {
        SubProcessors = [.. Rekenroute().SubProcessors, new SubProcessor("Analyse Voorbeeld Ltd. (fictief)", "Analyse van het gebruik van de oefenstof", ["F1-pupil-21", "F1-pupil-23"], "GB", "GB")],
    };

    public static SecurityAnnex RekenrouteSecurity()
    {
        var template = ModelCatalog.Get(Model).AgreementParts.Annexes.Security;
        return new SecurityAnnex(
            Model,
            [.. template.Section("A").Measures!.Select(m => new MeasureStatement(m.Id, true))],
            new SecurityAssessment(AssessmentForm.ExternalAudit, new Assessor("Auditbureau Fictief", "A. Auditor (demo)", "lead auditor"), "https://rekenroute.example/inloggen",
                new BivClassification(BivLevel.Medium, BivLevel.Medium, BivLevel.Medium)),
            [.. template.Section("B").Rows!.Select(r => r.Id switch
            {
                "B4" => new RosaAnswer(r.Id, Compliance.NotMet, "Geautomatiseerde tests worden uitgebreid naar alle modules.", new DateOnly(2027, 3, 1)),
                "B16" => new RosaAnswer(r.Id, Compliance.Alternative, "Fysieke toegang regelt de hostingpartij; zij is ISO 27001-gecertificeerd."),
                _ => new RosaAnswer(r.Id, Compliance.Met),
            })],
            [.. template.Section("C").BreachInformation!.Select(b => b.Id)],
            new ContactPerson("Eva Editor (demo)", "security officer", "security@leermiddel.example", "+31 20 000 0102"));
    }

    public static PrivacyAnnex Taalkompas() => PrivacyAnnex.Empty(Model) with
    {
        ProcessorContact = new ContactPerson("Eva Editor (demo)", "Functionaris gegevensbescherming", "privacy@leermiddel.example", null),
        EssentialServices = [new Service("tk-oefenen", "Taal- en spellingoefeningen", null)],
    };

    public static PrivacyAnnex ToetsVoorbeeld() => new(
        Model,
        new ContactPerson("Tara Toets (demo)", "privacy officer", "privacy@toetsplatform.example", "+31 30 000 0201"),
        [new Service("tv-toets", "Afnemen en nakijken van toetsen", "Opslaan van antwoorden en cijfers per leerling; terugsturen van cijfers naar de leerlingadministratie.")],
        [],
        ["E1", "E2", "E4", "E13", "E15"],
        [],
        null,
        Ticked("F1-pupil-1", "F1-pupil-3", "F1-pupil-12", "F1-pupil-13", "F1-pupil-21", "F1-pupil-22", "F1-staff-1", "F1-staff-3", "F1-staff-5"),
        "Toetsresultaten: twee jaar na afname. Accountgegevens: tot drie maanden na het einde van de overeenkomst.",
        [new Location("tv-toets", "IE", "Dublin")],
        [new Transfer("tv-mail", "tv-toets", "Verzenden van e-mailmeldingen aan docenten", "US", null, "Mailverzending Voorbeeld Inc. (fictief)", Safeguard.AdequacyDecision, null, null,
            "Mailverzending Voorbeeld Inc. staat op de DPF-lijst (fictief)")],
        [new SubProcessor("Mailverzending Voorbeeld Inc. (fictief)", "Verzenden van e-mailmeldingen", ["F1-staff-1", "F1-staff-5"], "US", "US")]);

    public static SecurityAnnex ToetsVoorbeeldSecurity()
    {
        var template = ModelCatalog.Get(Model).AgreementParts.Annexes.Security;
        return new SecurityAnnex(
            Model,
            [.. template.Section("A").Measures!.Select(m => m.Id == "A3"
                ? new MeasureStatement(m.Id, false, "De taken van een coördinator informatiebeveiliging liggen bij de directeur.")
                : new MeasureStatement(m.Id, true))],
            new SecurityAssessment(AssessmentForm.SelfAssessment, new Assessor("Toetsplatform Voorbeeld B.V.", "Tara Toets (demo)", "directeur"), "https://toetsvoorbeeld.example/login",
                new BivClassification(BivLevel.Medium, BivLevel.High, BivLevel.High)),
            [.. template.Section("B").Rows!.Select(r => new RosaAnswer(r.Id, Compliance.Met))],
            [.. template.Section("C").BreachInformation!.Select(b => b.Id)],
            new ContactPerson("Tara Toets (demo)", "directeur", "security@toetsplatform.example", "+31 30 000 0202"));
    }

    public static PrivacyAnnex Portaal() => new(
        Model,
        new ContactPerson("Dirk Distributeur (demo)", "privacy officer", "privacy@distributiedemo.example", "+31 50 000 0301"),
        [new Service("lp-login", "Eén inlog voor alle digitale leermiddelen", "Doorgeven van de identiteit van de leerling (ECK iD) aan de leveranciers die de school kiest.")],
        [],
        ["E12", "E13"],
        ["E11.5"],
        null,
        Ticked("F1-pupil-1", "F1-pupil-3", "F1-pupil-13", "F1-pupil-21"),
        "Koppelgegevens: zolang de leerling bij de school staat ingeschreven, daarna binnen een maand verwijderd.",
        [new Location("lp-login", "NL", "Groningen")],
        [],
        []);

    public static SecurityAnnex PortaalSecurity() => RekenrouteSecurity() with
    {
        Assessment = new SecurityAssessment(AssessmentForm.InternalAudit, new Assessor("Distributie Demo B.V.", "Dirk Distributeur (demo)", "directeur"), "https://portaal.distributiedemo.example",
            new BivClassification(BivLevel.High, BivLevel.Medium, BivLevel.Medium)),
        Rosa = [.. RekenrouteSecurity().Rosa.Select(r => new RosaAnswer(r.Id, Compliance.Met))],
        IncidentContact = new ContactPerson("Dirk Distributeur (demo)", "directeur", "security@distributiedemo.example", "+31 50 000 0302"),
    };

    private static List<DataCategoryChoice> Ticked(params string[] ids) => [.. ids.Select(id => new DataCategoryChoice(id))];

    /// <summary>A published version of <paramref name="annex"/> (stamped, with its general information), as its supplier would publish it.</summary>
    public static AnnexVersion Published(Product product, Organisation supplier, AnnexKind kind, object annex, int number, DateOnly date, DateTimeOffset now)
    {
        var draft = AnnexVersion.StartDraft(product.Id, supplier.Id, kind, Serialize(annex), now);
        var (content, findings) = AnnexPublication.Prepare(kind, draft.Content, product, supplier, new AnnexStamp(number, date));
        draft.Publish(number, date, product.Name, content, findings, now);
        return draft;
    }

    public static AnnexVersion Draft(Product product, Organisation supplier, AnnexKind kind, object annex, DateTimeOffset now) =>
        AnnexVersion.StartDraft(product.Id, supplier.Id, kind, Serialize(annex), now);

    private static string Serialize(object annex) => annex switch
    {
        PrivacyAnnex privacy => AnnexJson.Serialize(privacy),
        SecurityAnnex security => AnnexJson.Serialize(security),
        _ => throw new ArgumentException("Not an annex.", nameof(annex)),
    };
}
