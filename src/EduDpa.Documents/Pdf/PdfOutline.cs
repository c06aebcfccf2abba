using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EduDpa.Documents.Pdf;

/// <summary>
/// Bookmarks (the document outline) for the main parts and their sections. SkiaSharp 3.119 writes named
/// destinations but no outline, so the outline is added as an incremental update, which PDF/A allows: new
/// outline objects pointing at Skia's named destinations, a new version of the catalog that refers to
/// them, and a cross-reference section and trailer for those objects only.
/// </summary>
internal static partial class PdfOutline
{
    public static byte[] Append(byte[] pdf, IReadOnlyList<OutlineEntry> entries)
    {
        // The trailer and the cross-reference table are at the end; reading only them (and the catalog) keeps this cheap.
        var tailStart = Math.Max(0, pdf.Length - (16 * 1024));
        var text = Encoding.Latin1.GetString(pdf, tailStart, pdf.Length - tailStart);
        var trailer = Trailer().Match(text, Math.Max(0, text.LastIndexOf("trailer", StringComparison.Ordinal)));
        var startXref = StartXref().Match(text, Math.Max(0, text.LastIndexOf("startxref", StringComparison.Ordinal)));
        if (entries.Count == 0 || !trailer.Success || !startXref.Success)
        {
            return pdf;
        }
        var size = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(trailer.Groups["root"].Value, CultureInfo.InvariantCulture);
        if (CatalogDictionary(pdf, int.Parse(startXref.Groups["offset"].Value, CultureInfo.InvariantCulture), root) is not { } catalogDict)
        {
            return pdf;
        }

        var tree = Tree(entries.Where(e => e.Level <= 2).ToList());
        var outlinesId = size;
        var ids = new Dictionary<Node, int>();
        var next = size + 1;
        foreach (var node in tree.SelectMany(n => n.Children.Prepend(n)))
        {
            ids[node] = next++;
        }

        var update = new StringBuilder("\n");
        var offsets = new SortedDictionary<int, int>();
        void Object(int id, string body)
        {
            offsets[id] = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
            update.Append(CultureInfo.InvariantCulture, $"{id} 0 obj\n{body}\nendobj\n");
        }

        Object(outlinesId, $"<</Type /Outlines /First {ids[tree[0]]} 0 R /Last {ids[tree[^1]]} 0 R /Count {tree.Count}>>");
        WriteLevel(tree, outlinesId, ids, Object);
        Object(root, $"{catalogDict[..^2]}\n/Outlines {outlinesId} 0 R\n/PageMode /UseOutlines>>");

        var xref = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append("xref\n");
        foreach (var (id, offset) in offsets)
        {
            update.Append(CultureInfo.InvariantCulture, $"{id} 1\n{offset:D10} 00000 n \n");
        }
        var info = trailer.Groups["info"].Success ? $"\n/Info {trailer.Groups["info"].Value} 0 R" : string.Empty;
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {next}\n/Root {root} 0 R{info}\n/Prev {startXref.Groups["offset"].Value}\n{trailer.Groups["id"].Value}>>\nstartxref\n{xref}\n%%EOF\n");
        var appended = Encoding.Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + appended.Length];
        pdf.CopyTo(result, 0);
        appended.CopyTo(result, pdf.Length);
        return result;
    }

    /// <summary>The catalog's dictionary, found through the (single-section) cross-reference table Skia writes.</summary>
    private static string? CatalogDictionary(byte[] pdf, int xref, int root)
    {
        var header = XrefHeader().Match(Encoding.Latin1.GetString(pdf, xref, Math.Min(64, pdf.Length - xref)));
        if (!header.Success || root >= int.Parse(header.Groups["count"].Value, CultureInfo.InvariantCulture) || header.Groups["first"].Value != "0")
        {
            return null;
        }
        var entry = xref + header.Length + (root * 20);
        var offset = int.Parse(Encoding.Latin1.GetString(pdf, entry, 10), CultureInfo.InvariantCulture);
        var end = pdf.AsSpan(offset).IndexOf("endobj"u8);
        var catalog = Catalog().Match(Encoding.Latin1.GetString(pdf, offset, end < 0 ? 0 : end + 6));
        return catalog.Success && catalog.Groups["id"].Value == root.ToString(CultureInfo.InvariantCulture) ? catalog.Groups["dict"].Value : null;
    }

    private sealed record Node(OutlineEntry Entry, List<Node> Children);

    /// <summary>Level 1 entries at the top; level 2 entries under the level 1 entry before them.</summary>
    private static List<Node> Tree(List<OutlineEntry> entries)
    {
        var tree = new List<Node>();
        foreach (var entry in entries)
        {
            if (entry.Level == 1 || tree.Count == 0)
            {
                tree.Add(new Node(entry, []));
            }
            else
            {
                tree[^1].Children.Add(new Node(entry, []));
            }
        }
        return tree;
    }

    private static void WriteLevel(List<Node> nodes, int parent, Dictionary<Node, int> ids, Action<int, string> write)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var links = new StringBuilder().Append(CultureInfo.InvariantCulture, $"/Parent {parent} 0 R");
            if (i > 0)
            {
                links.Append(CultureInfo.InvariantCulture, $" /Prev {ids[nodes[i - 1]]} 0 R");
            }
            if (i < nodes.Count - 1)
            {
                links.Append(CultureInfo.InvariantCulture, $" /Next {ids[nodes[i + 1]]} 0 R");
            }
            if (node.Children.Count > 0)
            {
                // A negative count: the part is closed until the reader opens it.
                links.Append(CultureInfo.InvariantCulture, $" /First {ids[node.Children[0]]} 0 R /Last {ids[node.Children[^1]]} 0 R /Count -{node.Children.Count}");
            }
            write(ids[node], $"<</Title {TextString(node.Entry.Title)} {links} /Dest {Name(node.Entry.Anchor)}>>");
            WriteLevel(node.Children, ids[node], ids, write);
        }
    }

    /// <summary>A text string in UTF-16BE with its byte order mark, as hex: safe for any title.</summary>
    private static string TextString(string value) => $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value))}>";

    /// <summary>A PDF name; anchors are ASCII letters, digits and hyphens, anything else is escaped as #xx.</summary>
    private static string Name(string value) =>
        "/" + string.Concat(Encoding.UTF8.GetBytes(value).Select(b => b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b, StringComparison.Ordinal) < 0
            ? ((char)b).ToString()
            : $"#{b:X2}"));

    [GeneratedRegex(@"trailer\s*<<\s*/Size (?<size>\d+)\s*/Root (?<root>\d+) 0 R(\s*/Info (?<info>\d+) 0 R)?\s*(?<id>/ID \[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\])?")]
    private static partial Regex Trailer();

    [GeneratedRegex(@"^xref\s+(?<first>\d+) (?<count>\d+)\s*\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"^(?<id>\d+) 0 obj\s*(?<dict><<.*>>)\s*endobj$", RegexOptions.Singleline)]
    private static partial Regex Catalog();

    [GeneratedRegex(@"startxref\s+(?<offset>\d+)")]
    private static partial Regex StartXref();
}
