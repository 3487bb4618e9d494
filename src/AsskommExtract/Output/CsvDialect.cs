using System.Globalization;

namespace AsskommExtract.Output;

/// <summary>
/// How CSV is written: separator, byte order mark and decimal mark. <see cref="Standard"/> is RFC 4180
/// with '.' decimals; <see cref="German"/> is what a spreadsheet in a German locale (Excel, LibreOffice
/// de-DE) reads without an import dialog: ';' between fields, ',' as decimal mark, a BOM so the UTF-8
/// is recognised. Dates stay ISO (2023-08-09), which both read as dates.
/// </summary>
public sealed record CsvDialect(char Delimiter, bool Bom, bool DecimalComma)
{
    public static readonly CsvDialect Standard = new(',', false, false);
    public static readonly CsvDialect German = new(';', true, true);

    private static readonly NumberFormatInfo Comma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "" };

    /// <summary>
    /// A cell as CSV text: numbers with at most three decimals in the dialect's decimal mark, null as empty,
    /// text that a spreadsheet would evaluate made inert (<see cref="Neutralise"/>).
    /// </summary>
    public string Field(object? value) => value switch
    {
        double d => d.ToString("0.###", DecimalComma ? Comma : CultureInfo.InvariantCulture),
        null => "",
        _ => Neutralise(value.ToString() ?? ""),
    };

    /// <summary>
    /// A figure shown as text ("~2.5", "53 | 54.5", ">1.3 Mio."): its decimal points between digits in the
    /// dialect's decimal mark, so a German spreadsheet shows "~2,5" beside the number cells' "2,5".
    /// Only for text this tool composed from numbers; other text keeps its dots.
    /// </summary>
    public string FigureText(string shown)
    {
        if (!DecimalComma || !shown.Contains('.')) return shown;
        var chars = shown.ToCharArray();
        for (int i = 1; i < chars.Length - 1; i++)
            if (chars[i] == '.' && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1])) chars[i] = ',';
        return new string(chars);
    }

    /// <summary>
    /// OWASP's CSV-injection advice: a text cell that starts with = + - @ (a formula to Excel and
    /// LibreOffice) or with a tab or carriage return (which some import paths strip before looking
    /// again) gets a leading apostrophe, so the spreadsheet shows it as text and never runs it.
    /// Numbers are written by <see cref="Field"/> and never pass here, so a negative number stays a number.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
