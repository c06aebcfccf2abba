using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace EduDpa.Web.Infrastructure.Export;

/// <summary>
/// A register as a download: CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads it) or XLSX (MiniExcel),
/// one header row of column names in the user's language and one row per entry. Every register (breaches, processing
/// activities) writes through here.
/// </summary>
public static class Spreadsheet
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Whether <paramref name="format"/> names a format: csv (also when absent) or xlsx.</summary>
    public static bool TryFormat(string? format, out bool csv)
    {
        csv = format is null || format.Equals("csv", StringComparison.OrdinalIgnoreCase);
        return csv || string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The 400 for a format that is neither csv nor xlsx, naming <c>format</c>.</summary>
    public static ValidationProblem FormatProblem(IStringLocalizer t) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [t["Breach.Register.Format"]] }, title: t["Api.ValidationFailed"]);

    public static FileContentHttpResult File(bool csv, string name, string sheetName, string[] headers, IReadOnlyList<string?[]> rows) => csv
        ? TypedResults.File(Csv(headers, rows), CsvType, name + ".csv")
        : TypedResults.File(Xlsx(headers, rows, sheetName), XlsxType, name + ".xlsx");

    /// <summary>RFC 4180 with a byte order mark (so Excel reads UTF-8); a cell that a spreadsheet would take for a formula starts with an apostrophe.</summary>
    public static byte[] Csv(string[] headers, IReadOnlyList<string?[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(string? value)
    {
        var cell = value ?? string.Empty;
        if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal))
        {
            cell = "'" + cell;
        }
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    public static byte[] Xlsx(string[] headers, IReadOnlyList<string?[]> rows, string sheetName)
    {
        var sheet = rows.Select(row =>
        {
            var line = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                line[headers[i]] = row[i];
            }
            return line;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: sheetName);
        return stream.ToArray();
    }
}
