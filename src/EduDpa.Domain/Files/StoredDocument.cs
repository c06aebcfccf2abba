using System.Security.Cryptography;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Files;

/// <summary>A file as it arrived: its name and type as the sender gave them, its length, and its bytes (null when it was too large to read).</summary>
public sealed record FileUpload(string? FileName, string? ContentType, long Length, byte[]? Bytes);

/// <summary>
/// A document kept in the database (a certificate, an audit report), so that every application instance serves
/// the same bytes. It lives in a table of its own: lists of certificates and audits never load the bytes. What
/// it belongs to decides who may read it; the document itself is never listed on its own.
/// </summary>
public sealed class StoredDocument
{
    /// <summary>The largest file EduDpa accepts unless configured otherwise (Documents:MaxUploadMegabytes).</summary>
    public const int DefaultMaxMegabytes = 10;

    public const string PdfContentType = "application/pdf";
    public const int FileNameMaxLength = 200;

    /// <summary>Every PDF starts with these bytes (ISO 32000-1, 7.5.2); a renamed text file does not.</summary>
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    private StoredDocument() { }

    public Guid Id { get; private set; }
    public string FileName { get; private set; } = string.Empty;
    public string ContentType { get; private set; } = PdfContentType;
    public long Size { get; private set; }

    /// <summary>SHA-256 of <see cref="Bytes"/>, lower-case hex: what a party compares with its own copy.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Bytes { get; private set; } = [];
    public DateTimeOffset UploadedAt { get; private set; }
    public Guid UploadedByUserId { get; private set; }
    public string UploadedByName { get; private set; } = string.Empty;

    /// <summary>
    /// Accepts <paramref name="upload"/> as a PDF of at most <paramref name="maxBytes"/>, or adds to <paramref name="errors"/>
    /// under <paramref name="field"/>: required, too large, or not a PDF (judged by its first bytes, not by its name or declared type).
    /// </summary>
    public static StoredDocument? Pdf(string field, FileUpload? upload, long maxBytes, Actor who, DateTimeOffset now, ValidationErrors errors)
    {
        if (upload is null || upload.Length == 0)
        {
            errors.Add(field, ValidationCodes.Required);
            return null;
        }
        if (upload.Length > maxBytes || upload.Bytes is null || upload.Bytes.LongLength > maxBytes)
        {
            errors.Add(field, FileCodes.TooLarge);
            return null;
        }
        if (!upload.Bytes.AsSpan().StartsWith(PdfSignature))
        {
            errors.Add(field, FileCodes.NotPdf);
            return null;
        }
        return new StoredDocument
        {
            Id = Guid.CreateVersion7(), FileName = SafeName(upload.FileName), ContentType = PdfContentType, Size = upload.Bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes)), Bytes = upload.Bytes,
            UploadedAt = now, UploadedByUserId = who.UserId, UploadedByName = who.Name,
        };
    }

    /// <summary>The last segment of the name the sender gave, without control characters or quotes, ending in .pdf.</summary>
    public static string SafeName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or ';'))]).Trim();
        if (name.Length == 0)
        {
            name = "document.pdf";
        }
        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name += ".pdf";
        }
        return name.Length <= FileNameMaxLength ? name : name[..(FileNameMaxLength - 4)] + ".pdf";
    }
}

/// <summary>What can be wrong with an uploaded file, in the spirit of <see cref="ValidationCodes"/>.</summary>
public static class FileCodes
{
    public const string TooLarge = "file-too-large";
    public const string NotPdf = "file-not-pdf";
}
