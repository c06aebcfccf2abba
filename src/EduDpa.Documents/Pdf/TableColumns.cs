using EduDpa.Documents.Content;

namespace EduDpa.Documents.Pdf;

/// <summary>
/// Column widths the way a browser sizes an automatic table: each column gets at least its longest word and
/// at most its longest text on one line, and the room in between is shared in proportion to what each wants.
/// </summary>
internal static class TableColumns
{
    public static float[] Widths(Table table, float available, FontSet fonts)
    {
        var count = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        var minimum = new float[count];
        var maximum = new float[count];
        foreach (var (row, isHeader) in table.Rows.Select(r => (r, false)).Prepend((table.Header, true)))
        {
            for (var i = 0; i < row.Count; i++)
            {
                var style = isHeader || (table.RowHeaders && i == 0) ? Typography.TableHeader : Typography.TableText;
                var padding = (2 * Typography.CellPaddingX) + (row[i].Indent * Typography.CellIndentStep);
                var words = row[i].Runs.SelectMany(r => r.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => fonts.Width(w, style.With(r.Bold, r.Italic))));
                minimum[i] = Math.Max(minimum[i], words.DefaultIfEmpty(0).Max() + padding);
                var lines = string.Concat(row[i].Runs.Select(r => r.Text)).Split('\n');
                maximum[i] = Math.Max(maximum[i], lines.Max(l => fonts.Width(l, style)) + padding);
            }
        }
        return Share(minimum, maximum, available);
    }

    internal static float[] Share(float[] minimum, float[] maximum, float available)
    {
        var count = minimum.Length;
        if (count == 0)
        {
            return [];
        }
        float minTotal = minimum.Sum(), maxTotal = maximum.Sum();
        if (maxTotal <= available)
        {
            // Everything fits on one line: widen every column alike to fill the text width.
            var extra = (available - maxTotal) / count;
            return [.. maximum.Select(m => m + extra)];
        }
        if (minTotal >= available)
        {
            return [.. minimum.Select(m => m * available / minTotal)];
        }
        var room = available - minTotal;
        var wants = maxTotal - minTotal;
        return [.. minimum.Select((m, i) => m + ((maximum[i] - m) * room / wants))];
    }
}
