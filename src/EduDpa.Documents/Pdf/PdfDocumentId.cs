using System.Security.Cryptography;
using System.Text;

namespace EduDpa.Documents.Pdf;

/// <summary>
/// Skia seeds a PDF/A document's identifier (trailer /ID and the XMP DocumentID) with the clock, so two
/// renders of the same input differ. This replaces it, in place and at the same length so that no offset
/// moves, with a hash of the document itself: the same input then gives the same bytes.
/// </summary>
internal static class PdfDocumentId
{
    public static byte[] MakeDeterministic(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var idStart = text.LastIndexOf("/ID [<", StringComparison.Ordinal);
        if (idStart < 0 || idStart + 6 + 32 > text.Length)
        {
            return pdf;
        }
        var hex = text.Substring(idStart + 6, 32);
        var uuid = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}".ToLowerInvariant();
        var zeroHex = new string('0', 32);
        var zeroUuid = "00000000-0000-0000-0000-000000000000";
        var neutral = text.Replace(hex, zeroHex, StringComparison.Ordinal).Replace(uuid, zeroUuid, StringComparison.Ordinal);
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(neutral)))[..32];
        var digestUuid = $"{digest[..8]}-{digest[8..12]}-{digest[12..16]}-{digest[16..20]}-{digest[20..]}".ToLowerInvariant();
        return Encoding.Latin1.GetBytes(neutral.Replace(zeroHex, digest, StringComparison.Ordinal).Replace(zeroUuid, digestUuid, StringComparison.Ordinal));
    }
}
