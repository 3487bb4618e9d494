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
    /// OWASP's CSV-injection advice: a text cell that starts with = + - @ (a formula to Excel and
    /// LibreOffice) or with a tab or carriage return (which some import paths strip before looking
    /// again) gets a leading apostrophe, so the spreadsheet shows it as text and never runs it.
    /// Numbers are written by <see cref="Field"/> and never pass here, so a negative number stays a number.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
