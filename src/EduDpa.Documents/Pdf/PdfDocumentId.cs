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
    private const int HexLength = 32;

    public static void MakeDeterministic(byte[] pdf)
    {
        var idStart = pdf.AsSpan().LastIndexOf("/ID [<"u8);
        if (idStart < 0 || idStart + 6 + HexLength > pdf.Length)
        {
            return;
        }
        var hex = Encoding.ASCII.GetString(pdf, idStart + 6, HexLength);
        var uuid = Encoding.ASCII.GetBytes($"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}".ToLowerInvariant());
        var hexBytes = Encoding.ASCII.GetBytes(hex);
        var places = Occurrences(pdf, hexBytes).Select(at => (at, hexBytes.Length, Uuid: false))
            .Concat(Occurrences(pdf, uuid).Select(at => (at, uuid.Length, Uuid: true))).ToList();
        foreach (var (at, length, _) in places)
        {
            pdf.AsSpan(at, length).Fill((byte)'0');
        }
        var digest = Convert.ToHexString(SHA256.HashData(pdf))[..HexLength];
        var digestUuid = Encoding.ASCII.GetBytes($"{digest[..8]}-{digest[8..12]}-{digest[12..16]}-{digest[16..20]}-{digest[20..]}".ToLowerInvariant());
        var digestHex = Encoding.ASCII.GetBytes(digest);
        foreach (var (at, _, isUuid) in places)
        {
            (isUuid ? digestUuid : digestHex).CopyTo(pdf, at);
        }
    }

    private static List<int> Occurrences(byte[] pdf, byte[] value)
    {
        var found = new List<int>();
        var from = 0;
        int at;
        while ((at = pdf.AsSpan(from).IndexOf(value)) >= 0)
        {
            found.Add(from + at);
            from += at + value.Length;
        }
        return found;
    }
}
