using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace AsskommExtract.Output;

/// <summary>One sheet of a workbook: a header row, then rows streamed as they are enumerated.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows);

/// <summary>
/// Writes .xlsx workbooks with MiniExcel, which streams rows into the file as it enumerates them, so
/// memory stays flat however many rows a sheet has. Numbers (double) stay numbers; null is an empty cell;
/// ISO dates in a date column become date cells; text is always a text cell, never a formula.
/// </summary>
public static class XlsxWorkbook
{
    public static void Write(Stream stream, IEnumerable<XlsxSheet> sheets)
    {
        var workbook = new Dictionary<string, object>();
        var columns = new Dictionary<string, DynamicExcelColumn>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            workbook[sheet.Name] = Cells(sheet);
            foreach (var name in sheet.Columns) columns.TryAdd(name, Column(name));
        }
        // The header is written as an ordinary first row so that a sheet without data rows still has it.
        stream.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { DynamicColumns = [.. columns.Values] });
    }

    /// <summary>
    /// Widths are set per column from what it holds, not measured: the rows stream past once and the
    /// column headers are written before the first of them.
    /// </summary>
    private static DynamicExcelColumn Column(string name)
    {
        var column = new DynamicExcelColumn(name) { Width = Width(name) };
        if (IsDateColumn(name)) column.Format = "yyyy-mm-dd";
        return column;
    }

    private static double Width(string name) => name switch
    {
        "evidence" or "text" or "title" or "message" => 80,
        "source" or "earlier_source" or "later_source" or "sources" or "error" => 40,
        "surface" or "speaker" or "role" or "kreis" or "name" => 28,
        _ when IsDateColumn(name) => 12,
        _ => Math.Max(10, name.Length + 2),
    };

    private static bool IsDateColumn(string name) => name == "date" || name.EndsWith("_date", StringComparison.Ordinal);

    private static IEnumerable<IDictionary<string, object?>> Cells(XlsxSheet sheet)
    {
        yield return Row(sheet.Columns, sheet.Columns.ToArray<object?>());
        foreach (var row in sheet.Rows) yield return Row(sheet.Columns, row);
    }

    private static Dictionary<string, object?> Row(IReadOnlyList<string> columns, object?[] values)
    {
        var row = new Dictionary<string, object?>(columns.Count);
        for (int i = 0; i < columns.Count; i++)
            row[columns[i]] = IsDateColumn(columns[i]) && values[i] is string iso
                && DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : values[i];
        return row;
    }
}
