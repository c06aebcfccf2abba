using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EduDpa.Documents.Docx;

/// <summary>The styles part: Normal, Title, Subtitle, Small, and Heading1–3 with outline levels so that Word's navigation and contents see them.</summary>
internal static class DocxStyles
{
    public const string Font = "Arial";

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "20" },
                    new Languages { Val = "nl-NL" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "100", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(
            Paragraph("Normal", "Normal", null, isDefault: true),
            Paragraph("Title", "Title", 44, bold: true, after: 280),
            Paragraph("Subtitle", "Subtitle", 28, bold: true),
            Paragraph("Small", "Small", 16),
            Heading(1, 30),
            Heading(2, 25),
            Heading(3, 22),
            new Style(new StyleName { Val = "Table Grid" }, new BasedOn { Val = "TableNormal" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
            { Type = StyleValues.Table, StyleId = "TableGrid" },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
                new StyleTableProperties(new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    private static Style Heading(int level, int halfPoints) =>
        Paragraph($"Heading{level}", $"heading {level}", halfPoints, bold: true, before: level == 1 ? 280 : 200, after: 100, outlineLevel: level - 1, keepNext: true);

    private static Style Paragraph(string id, string name, int? halfPoints, bool bold = false, bool isDefault = false, int? before = null, int? after = null, int? outlineLevel = null, bool keepNext = false)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }
        if (before is not null || after is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (before is { } b)
            {
                spacing.Before = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (after is { } a)
            {
                spacing.After = a.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            paragraph.Append(spacing);
        }
        if (outlineLevel is { } outline)
        {
            paragraph.Append(new OutlineLevel { Val = outline });
        }
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }
        if (halfPoints is { } size)
        {
            run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }
        if (outlineLevel is not null || id is "Title" or "Subtitle")
        {
            style.Append(new PrimaryStyle());
        }
        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }
        if (run.HasChildren)
        {
            style.Append(run);
        }
        return style;
    }
}
