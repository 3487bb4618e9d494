using MiniExcelLibs;

namespace AsskommExtract.Output;

/// <summary>One sheet of a workbook: a header row, then rows streamed as they are enumerated.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows);

/// <summary>
/// Writes .xlsx workbooks with MiniExcel, which streams rows into the file as it enumerates them, so
/// memory stays flat however many rows a sheet has. Numbers (double) stay numbers; null is an empty cell.
/// </summary>
public static class XlsxWorkbook
{
    public static void Write(Stream stream, IEnumerable<XlsxSheet> sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets) workbook[sheet.Name] = Cells(sheet);
        // The header is written as an ordinary first row so that a sheet without data rows still has it.
        stream.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX);
    }

    private static IEnumerable<IDictionary<string, object?>> Cells(XlsxSheet sheet)
    {
        yield return Row(sheet.Columns, sheet.Columns.ToArray<object?>());
        foreach (var row in sheet.Rows) yield return Row(sheet.Columns, row);
    }

    private static Dictionary<string, object?> Row(IReadOnlyList<string> columns, object?[] values)
    {
        var row = new Dictionary<string, object?>(columns.Count);
        for (int i = 0; i < columns.Count; i++) row[columns[i]] = values[i];
        return row;
    }
}
