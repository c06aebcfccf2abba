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
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Trailer().Match(text, text.LastIndexOf("trailer", StringComparison.Ordinal));
        var startXref = StartXref().Match(text, text.LastIndexOf("startxref", StringComparison.Ordinal));
        if (entries.Count == 0 || !trailer.Success || !startXref.Success)
        {
            return pdf;
        }
        var size = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(trailer.Groups["root"].Value, CultureInfo.InvariantCulture);
        var catalog = Regex.Match(text, $@"(?<=\n){root} 0 obj\n(?<dict><<.*?>>)\nendobj", RegexOptions.Singleline);
        if (!catalog.Success)
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
        var catalogDict = catalog.Groups["dict"].Value;
        Object(root, $"{catalogDict[..^2]}\n/Outlines {outlinesId} 0 R\n/PageMode /UseOutlines>>");

        var xref = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append("xref\n");
        foreach (var (id, offset) in offsets)
        {
            update.Append(CultureInfo.InvariantCulture, $"{id} 1\n{offset:D10} 00000 n \n");
        }
        var info = trailer.Groups["info"].Success ? $"\n/Info {trailer.Groups["info"].Value} 0 R" : string.Empty;
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {next}\n/Root {root} 0 R{info}\n/Prev {startXref.Groups["offset"].Value}\n{trailer.Groups["id"].Value}>>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
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

    [GeneratedRegex(@"startxref\s+(?<offset>\d+)")]
    private static partial Regex StartXref();
}
