using EduDpa.Domain.Agreements;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Features.Account;
using Microsoft.AspNetCore.Identity;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>
/// One published analysis of a fictional vendor's own terms against Model 4.0, written by one demo analyst and reviewed and
/// published by the other, in EduDpa's own words; and De Linde's decision on it (accepted with measures).
/// </summary>
internal static class DemoAnalyses
{
    public const string Vendor = "Kantoorwolk Voorbeeld B.V. (fictief)";
    public const string Title = "Voorwaarden Kantoorwolk Online (fictief)";
    private const string Model = ModelCatalog.ModelAgreement40;

    public static async Task SeedAsync(EduDpaDbContext db, UserManager<User> users, Organisation board, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var author = await users.FindByEmailAsync("analist@edudpa.example");
        var reviewer = await users.FindByEmailAsync("analist2@edudpa.example");
        var admin = await users.FindByEmailAsync("admin@delinde.example");
        var analysis = TermsAnalysis.Start(Content(), new Actor(author!.Id, author.DisplayName ?? author.Email!), now);
        analysis.Submit(new Actor(author.Id, author.DisplayName ?? author.Email!), now);
        var second = new Actor(reviewer!.Id, reviewer.DisplayName ?? reviewer.Email!);
        analysis.Review(second, "Rijen 7.4 en 12 nagelopen met de voorwaarden van oktober 2026.", now);
        analysis.Publish(second, now);
        db.Analyses.Add(analysis);
        var decision = AnalysisDecision.Record(analysis, board.Id, new DecisionInput(DecisionOutcome.AcceptWithMeasures, today,
            "mevrouw A. Admin", "voorzitter college van bestuur",
            "Kantoorwolk biedt voldoende waarborgen voor het kantoorgebruik door medewerkers. De verschillen bij het ECK iD en het verwijderen van gegevens vangen wij op met eigen maatregelen; leerlingen gebruiken de dienst niet.",
            [
                new MeasureInput(Model, "7.4", "De privacycoördinator legt in het register vast dat Kantoorwolk zonder ECK iD werkt, omdat alleen medewerkers accounts hebben."),
                new MeasureInput(Model, "12.1 t/m 12.4", "Bij beëindiging vraagt de afdeling ICT schriftelijk om bevestiging van de verwijdering en bewaart die bij het contract."),
            ]), new Actor(admin!.Id, admin.DisplayName ?? admin.Email!), today, now);
        db.AnalysisDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
    }

    private static AnalysisDocument Content() => new(Title, new AnalysisVendor(Vendor), [Model],
    [
        Row("1", "Voorwaarden, begrippen", "De begrippen van de voorwaarden dekken die van het model; gegevens van leerlingen en medewerkers vallen onder 'klantgegevens'.", Verdict.Conform),
        Row("2.1 t/m 2.5", "Voorwaarden, hoofdstuk 2", "Kantoorwolk verwerkt alleen om de dienst te leveren en volgens de instructies van de klant.", Verdict.Conform),
        Row("3.1 t/m 3.5", "Privacyverklaring zakelijk", "De school blijft verwerkingsverantwoordelijke en houdt zeggenschap over doel en middelen.", Verdict.Conform),
        Row("4", null, "Kantoorwolk heeft het convenant niet ondertekend; voor het besluit over deze voorwaarden maakt dat niet uit.", Verdict.NotApplicable),
        Row("5.1 t/m 5.5", "Voorwaarden, artikel 5.3", "Kantoorwolk gebruikt geanonimiseerde gebruiksstatistieken ook voor de verbetering van het eigen product.", Verdict.Attention,
            "Zet in de beheeromgeving het delen van gebruiksstatistieken uit en leg die instelling vast."),
        Row("6.1 t/m 6.4", "Voorwaarden, vertrouwelijkheid", "Medewerkers en onderaannemers zijn contractueel tot geheimhouding verplicht.", Verdict.Conform),
        Row("7.1 t/m 7.3", "Beveiligingsbijlage van Kantoorwolk", "Maatregelen beschreven en gecertificeerd volgens ISO 27001.", Verdict.Conform),
        Row("7.4", null, "De dienst kent geen ECK iD; accounts lopen via de eigen identiteitsdienst van de school.", Verdict.Attention,
            "Leg vast waarom het ECK iD niet wordt gebruikt (bijvoorbeeld: alleen medewerkers hebben een account)."),
        Row("7.7", "Voorwaarden, artikel 9", "Een eigen audit door de school is niet mogelijk; Kantoorwolk stelt jaarlijks een rapport van een externe auditor beschikbaar.", Verdict.Attention,
            "Vraag het jaarlijkse rapport van de externe auditor op en beoordeel het."),
        Row("8.1 t/m 8.8", "Voorwaarden, beveiligingsincidenten", "Melding zonder onredelijke vertraging, met de informatie die de school voor een melding nodig heeft.", Verdict.Conform),
        Row("9.1 t/m 9.3", "Beheeromgeving", "De beheerder van de school kan inzage, correctie en verwijdering zelf uitvoeren.", Verdict.Conform),
        Row("10.1 t/m 10.3", "Voorwaarden, doorgifte", "Ondersteuning vanuit een land buiten de EER op basis van de standaardcontractbepalingen.", Verdict.Attention,
            "Kies in de beheeromgeving opslag in de EER en beoordeel of de doorgifte voor ondersteuning aanvaardbaar is."),
        Row("11.1 t/m 11.3", "Lijst van onderaannemers", "De lijst is openbaar; wijzigingen worden dertig dagen vooraf aangekondigd en de school kan dan opzeggen.", Verdict.Conform),
        Row("12.1 t/m 12.4", "Voorwaarden, einde van de dienst", "Gegevens worden binnen negentig dagen na het einde verwijderd, zonder schriftelijke bevestiging.", Verdict.Attention,
            "Vraag bij het einde van de overeenkomst schriftelijk om bevestiging van de verwijdering."),
        Row("13.1 t/m 13.5", "Algemene voorwaarden, aansprakelijkheid", "De aansprakelijkheid is beperkt tot de vergoeding van twaalf maanden.", Verdict.Attention,
            "Weeg of deze beperking past bij het risico van de verwerking."),
        Row("14.1 t/m 14.5", null, "Gaat over afwijkingen van de modelovereenkomst (Bijlage 3); de voorwaarden van Kantoorwolk hebben geen wijzigingenbijlage.", Verdict.NotApplicable),
        Row("15.1 t/m 15.2", "Voorwaarden, looptijd", "De looptijd volgt het abonnement; de verplichtingen over gegevens gelden ook daarna.", Verdict.Conform),
        Row("16.1 t/m 16.2", "Voorwaarden, toepasselijk recht", "Nederlands recht is van toepassing; geschillen gaan naar de Nederlandse rechter.", Verdict.Conform),
    ],
    [new VendorDocument("Online Voorwaarden Kantoorwolk (fictief)", "oktober 2026", "https://kantoorwolk.example/voorwaarden"), new VendorDocument("Beveiligingsbijlage Kantoorwolk (fictief)", "versie 3")],
    ["Sectorbureau Privacy Voorbeeld (fictief)"],
    "Kantoorwolk Online is een fictieve kantoordienst (e-mail, documenten, agenda) die veel besturen voor medewerkers gebruiken. Kantoorwolk tekent de modelverwerkersovereenkomst niet en biedt eigen voorwaarden.\nDe voorwaarden sluiten op de meeste artikelen aan bij Model Verwerkersovereenkomst 4.0. Op zes punten is er een verschil dat het bestuur moet wegen; bij elk punt staat wat het bestuur kan doen.",
    "Deze analyse vergelijkt de voorwaarden van Kantoorwolk artikel voor artikel met Model Verwerkersovereenkomst 4.0. Per artikel staat waar de voorwaarden het regelen, wat de leverancier erover zegt en wat de analisten ervan vinden.\nDe analyse is een voorbeeld in EduDpa; leverancier, documenten en oordelen zijn verzonnen.",
    "Groen: de voorwaarden sluiten aan bij het model. Geel: er is een verschil; het bestuur weegt het en neemt zo nodig de genoemde actie. Zonder kleur: niet van belang voor het besluit.",
    "Deze analyse helpt een bestuur bij zijn eigen besluit, maar neemt dat besluit niet over. Aan de analyse kunnen geen rechten worden ontleend.");

    private static AnalysisRow Row(string reference, string? clauses, string comment, Verdict verdict, string? action = null) =>
        new(Model, reference, clauses, null, comment, verdict, action);
}
