using EduDpa.Domain.Agreements;

namespace EduDpa.Documents;

/// <summary>Everything a document of an agreement shows beyond the <see cref="AgreementDocument"/> itself.</summary>
/// <param name="Title">For example "Verwerkersovereenkomst Rekenroute".</param>
/// <param name="ControllerName">The school board.</param>
/// <param name="ProcessorName">The supplier or distributor.</param>
/// <param name="Signatures">One per party, in the order controller, processor.</param>
/// <param name="ContentHash">SHA-256 (hex) of the canonical JSON snapshot; null for a draft, which the document then calls "concept, niet ondertekend".</param>
/// <param name="GeneratedAt">The PDF's creation and modification dates; a renderer never reads the clock.</param>
public sealed record AgreementDocumentInput(
    AgreementDocument Agreement,
    string Title,
    string ControllerName,
    string ProcessorName,
    IReadOnlyList<SignatureLine> Signatures,
    string? ContentHash,
    DateTimeOffset GeneratedAt);

/// <summary>One party's signature block.</summary>
/// <param name="Party">"Onderwijsinstelling" or "Verwerker".</param>
/// <param name="Name">The representative's name.</param>
/// <param name="Function">The representative's function.</param>
/// <param name="SignedAt">Null when the party has not signed (yet): the block then says "nog niet ondertekend".</param>
/// <param name="SignedHash">The content hash this signature signed.</param>
public sealed record SignatureLine(
    string Party,
    string OrganisationName,
    string? Name,
    string? Function,
    DateTimeOffset? SignedAt,
    string? SignedHash);
