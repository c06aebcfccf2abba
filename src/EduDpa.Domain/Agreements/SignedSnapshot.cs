namespace EduDpa.Domain.Agreements;

/// <summary>
/// What was signed, stored once at the first signature and never changed: the canonical JSON of the content,
/// the PDF rendered from it (which both parties sign) and the DOCX of the same content, each with its SHA-256.
/// At the second signature the executed copy is added once: the same content, its signature page now listing
/// both signatures; it is what the parties download and archive from then on.
/// </summary>
public sealed class SignedSnapshot
{
    private SignedSnapshot() { }

    public Guid AgreementId { get; private set; }
    public string ContentJson { get; private set; } = string.Empty;
    public string ContentHash { get; private set; } = string.Empty;
    public byte[] Pdf { get; private set; } = [];
    public string PdfHash { get; private set; } = string.Empty;
    public byte[] Docx { get; private set; } = [];
    public string DocxHash { get; private set; } = string.Empty;
    public DateTimeOffset FrozenAt { get; private set; }

    /// <summary>The PDF with both signatures on its signature page; null until the second signature.</summary>
    public byte[]? ExecutedPdf { get; private set; }

    public string? ExecutedPdfHash { get; private set; }

    public SnapshotHashes Hashes => new(ContentHash, PdfHash);

    public static SignedSnapshot Freeze(Guid agreementId, string contentJson, byte[] pdf, byte[] docx, DateTimeOffset now) => new()
    {
        AgreementId = agreementId,
        ContentJson = contentJson, ContentHash = AgreementSnapshot.Sha256(contentJson),
        Pdf = pdf, PdfHash = AgreementSnapshot.Sha256(pdf),
        Docx = docx, DocxHash = AgreementSnapshot.Sha256(docx),
        FrozenAt = now,
    };

    /// <summary>Adds the executed copy, once: a stored document never changes.</summary>
    public void Complete(byte[] executedPdf)
    {
        if (ExecutedPdf is not null)
        {
            throw new Common.DomainRuleViolation(nameof(ExecutedPdf), AgreementCodes.AlreadySigned);
        }
        ExecutedPdf = executedPdf;
        ExecutedPdfHash = AgreementSnapshot.Sha256(executedPdf);
    }

    /// <summary>
    /// Recomputes the hashes from what is stored and compares them with the stored hashes and with what each
    /// party signed: any difference means the snapshot changed after signing.
    /// </summary>
    public SnapshotVerification Verify(IReadOnlyList<AgreementSignature> signatures)
    {
        var content = AgreementSnapshot.Sha256(ContentJson);
        var pdf = AgreementSnapshot.Sha256(Pdf);
        var docx = AgreementSnapshot.Sha256(Docx);
        var executed = ExecutedPdf is null ? null : AgreementSnapshot.Sha256(ExecutedPdf);
        var signed = signatures.Select(s => new SignatureCheck(s.Party, s.ContentHash == content && s.PdfHash == pdf)).ToList();
        var unchanged = content == ContentHash && pdf == PdfHash && docx == DocxHash && executed == ExecutedPdfHash && signed.All(s => s.Matches);
        return new SnapshotVerification(unchanged, content, ContentHash, pdf, PdfHash, docx, DocxHash, executed, ExecutedPdfHash, signed);
    }
}

public sealed record SignatureCheck(PartyRole Party, bool Matches);

/// <summary>The outcome of <see cref="SignedSnapshot.Verify"/>: the recomputed and the stored hashes, and whether each signature still matches.</summary>
public sealed record SnapshotVerification(
    bool Unchanged, string ContentHash, string StoredContentHash, string PdfHash, string StoredPdfHash, string DocxHash, string StoredDocxHash,
    string? ExecutedPdfHash, string? StoredExecutedPdfHash, IReadOnlyList<SignatureCheck> Signatures);
