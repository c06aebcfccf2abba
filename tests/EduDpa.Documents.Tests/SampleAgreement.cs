using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Tests.Conformity;

namespace EduDpa.Documents.Tests;

/// <summary>
/// A fully filled agreement for one product, its annexes from <see cref="Samples"/>, with two accepted
/// amendments (an addition to 7.4 and a change of 9.2), so that Bijlage 3 and the markers appear.
/// </summary>
internal static class SampleAgreement
{
    public const string ProductName = "Rekenroute (fictief)";
    public const string ContentHash = "3f2a9c4e1b7d6058a1c3e5f7092b4d6e8f0a1c2e3b4d5f60718293a4b5c6d7e8";
    public const string ChangedClause = "9.2";
    public const string ChangedText = "Verwerker verleent de Onderwijsinstelling binnen vijf werkdagen alle medewerking die redelijkerwijs nodig is.";
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SignedByBoard = new(2026, 11, 23, 9, 15, 0, TimeSpan.Zero);

    public static AgreementDocument Document(PrivacyAnnex? privacy = null, SecurityAnnex? security = null)
    {
        var board = Create(new OrganisationInput
        {
            Kind = OrganisationKind.SchoolBoard, Name = "Stichting Voorbeeldscholen", KvkNumber = "12345678", BevoegdGezagNumber = "12345",
            Street = "Schoolstraat 1", Postcode = "1234 AB", City = "Teststad",
            Schools = [new SchoolInput { Name = "De Eik", Brin = "11AA", Sector = Sector.Po }],
        });
        var processor = Create(new OrganisationInput
        {
            Kind = OrganisationKind.Supplier, Name = "Leermiddel Fictief B.V.", KvkNumber = "87654321", Street = "Voorbeeldstraat 1", Postcode = "1234 AB", City = "Voorbeeldstad",
        });
        var agreement = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, processor.Id, PartyRole.Processor, Samples.Now,
            new UnderlyingContract(new DateOnly(2026, 8, 1), "een adaptieve rekenmethode"), [Samples.ProductId]);
        agreement.UpdateControllerPart(PartyRole.Controller, new Representative("A. Bestuurder", "voorzitter college van bestuur"), true, []);
        agreement.UpdateProcessorPart(PartyRole.Processor, new Representative("L. Leverancier", "directeur"));
        privacy ??= Samples.Privacy();
        var check = Samples.Agreement(privacy);
        agreement.UpdateBoardAnnexPart(PartyRole.Controller, check.BoardContact, check.BoardIncidentContact, [Samples.Choices(privacy)]);

        var user = Guid.Parse("0194a000-0000-7000-8000-0000000000aa");
        var amendments = new List<Amendment>();
        var addition = Amendment.Propose(agreement, PartyRole.Controller, Amendment.EckIdClause, AmendmentKind.Addition, Amendment.EckIdText,
            "Onze leerlingadministratie levert nog geen ECK iD.", false, amendments, user, "bestuurder@school.example", Samples.Now);
        amendments.Add(addition);
        addition.Accept(PartyRole.Processor, null, amendments, user, "leverancier@leverancier.example", Samples.Now);
        var change = Amendment.Propose(agreement, PartyRole.Controller, ChangedClause, AmendmentKind.Change, ChangedText,
            "Een vaste termijn maakt de medewerking toetsbaar.", false, amendments, user, "bestuurder@school.example", Samples.Now);
        amendments.Add(change);
        change.Accept(PartyRole.Processor, null, amendments, user, "leverancier@leverancier.example", Samples.Now);

        return AgreementDocument.Render(agreement, AgreementFieldValues.From(agreement, board, processor), false, amendments,
            [new ProductAnnexSource(Samples.ProductId, ProductName, privacy, security ?? Samples.Security())]);
    }

    /// <summary>Signed by the board, not (yet) by the processor.</summary>
    public static AgreementDocumentInput Input(AgreementDocument? document = null, string? contentHash = ContentHash) => new(
        document ?? Document(),
        $"Verwerkersovereenkomst {ProductName}",
        "Stichting Voorbeeldscholen",
        "Leermiddel Fictief B.V.",
        [
            new SignatureLine("Onderwijsinstelling", "Stichting Voorbeeldscholen", "A. Bestuurder", "voorzitter college van bestuur", SignedByBoard, contentHash),
            new SignatureLine("Verwerker", "Leermiddel Fictief B.V.", "L. Leverancier", "directeur", null, null),
        ],
        contentHash,
        GeneratedAt);

    private static Organisation Create(OrganisationInput input) =>
        OrganisationDetails.TryCreate(input, new DateOnly(2026, 11, 23), out var details, out _) ? Organisation.Create(details) : throw new InvalidOperationException("The sample organisation is invalid.");
}
