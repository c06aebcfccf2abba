using EduDpa.Documents;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;

namespace EduDpa.Web.Features.Agreements.Signing;

/// <summary>The agreement's snapshot content and its documents (PDF for signing and the archive, DOCX for negotiating).</summary>
public static class AgreementFiles
{
    public const string PdfType = "application/pdf";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>What is frozen at the first signature: everything the parties agreed, as it stands now.</summary>
    public static SnapshotContent Content(AgreementView view, DateTimeOffset now)
    {
        var a = view.Agreement;
        var accepted = view.Amendments.Where(m => m.State == AmendmentState.Accepted && m.Number is not null).OrderBy(m => m.Number);
        return new SnapshotContent(
            a.Id, a.ModelId, ModelCatalog.Get(a.ModelId).Source.CopySha256,
            Party(view.Board, a.BoardRepresentative), Party(view.Processor, a.ProcessorRepresentative),
            a.Contract, a.CoversAllSchools, [.. view.CoveredSchools.Select(s => $"{s.Brin} {s.Name}")],
            a.BoardContact, a.BoardIncidentContact,
            [.. view.Annexes.Select(p => new SnapshotProduct(p.ProductId, p.ProductName, p.Privacy, p.Security, a.ChoicesFor(p.ProductId)))],
            [.. accepted.Select(m => new SnapshotAmendment(m.Number!.Value, m.ClauseId, m.Kind, m.CurrentText, m.NewText, m.Reason))],
            now,
            AgreementFieldValues.From(a, view.Board, view.Processor).Values,
            view.Processor.Kind == OrganisationKind.Distributor);
    }

    /// <summary>The document's own data beside the agreement's text: title, parties, signatures so far and the content hash.</summary>
    public static AgreementDocumentInput Input(AgreementView view, string? contentHash, IReadOnlyList<AgreementSignature> signatures, DateTimeOffset now)
    {
        var a = view.Agreement;
        SignatureLine Line(PartyRole party, string partyName, string organisation, Representative? representative)
        {
            var signed = signatures.FirstOrDefault(s => s.Party == party);
            return new SignatureLine(partyName, organisation, signed?.Name ?? representative?.Name, signed?.Function ?? representative?.Function, signed?.SignedAt, signed?.ContentHash);
        }
        return new AgreementDocumentInput(
            view.Document,
            $"Verwerkersovereenkomst {string.Join(", ", view.Products.Select(p => p.Name))}",
            view.Board.Name, view.Processor.Name,
            [Line(PartyRole.Controller, "Onderwijsinstelling", view.Board.Name, a.BoardRepresentative),
             Line(PartyRole.Processor, "Verwerker", view.Processor.Name, a.ProcessorRepresentative)],
            contentHash, now);
    }

    public static byte[] Pdf(AgreementDocumentInput input) => AgreementPdf.Render(input);

    public static byte[] Docx(AgreementDocumentInput input) => AgreementDocx.Render(input);

    /// <summary>"verwerkersovereenkomst-rekenroute-stichting-de-linde.pdf": letters and digits only, for any file system.</summary>
    public static string FileName(AgreementView view, string extension)
    {
        var words = $"verwerkersovereenkomst {string.Join(' ', view.Products.Select(p => p.Name))} {view.Board.Name}";
        var slug = new string([.. words.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ')]).Trim();
        return string.Join('-', slug.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + "." + extension;
    }

    private static SnapshotParty Party(Organisation organisation, Representative? representative) =>
        new(organisation.Id, organisation.Name, organisation.KvkNumber.Value,
            $"{organisation.Address.Street}, {organisation.Address.Postcode.Value} {organisation.Address.City}", representative);
}
