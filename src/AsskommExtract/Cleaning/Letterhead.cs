using System.Text.RegularExpressions;
using AsskommExtract.Extractors.Dates;

namespace AsskommExtract.Cleaning;

/// <summary>
/// Recognises the lines of the SMI letterhead: the side column (contact, phone, e-mail, date)
/// and the footer (Hausanschrift, tram lines, the e-signature notice). Converted PDFs put these
/// anywhere, even inside a sentence, so each line is judged on its own wording.
/// </summary>
internal static partial class Letterhead
{
    public enum LineKind { None, Line, ContactHeader, FooterStart, NoticeStart, NoticeEnd, Dateline }

    public static LineKind Classify(string line)
    {
        var t = line.Trim().TrimStart('*', ' ').TrimEnd();
        if (t.Length == 0) return LineKind.None;
        if (Dateline.IsDateline(t)) return LineKind.Dateline;
        if (ContactRegex().IsMatch(t)) return LineKind.ContactHeader;
        if (FooterStartRegex().IsMatch(t)) return LineKind.FooterStart;
        if (NoticeStartRegex().IsMatch(t)) return NoticeEndRegex().IsMatch(t) ? LineKind.Line : LineKind.NoticeStart;
        // The notice's link, or a footer line's first word, in a line that reads as prose is the body
        // mentioning it ("Straßenbahnlinien 3 und 7 fahren …", a release on one line that ends in the footer).
        if (NoticeEndRegex().IsMatch(t)) return ReadsAsProse(BeforeNotice(t)) ? LineKind.None : LineKind.NoticeEnd;
        if (LineRegex().IsMatch(t)) return LineKind.Line;
        return LeadWordLineRegex().IsMatch(t) && !ReadsAsProse(t) ? LineKind.Line : LineKind.None;
    }

    /// <summary>
    /// Eight or more words of letters: a sentence, not a letterhead line ("Sperrfrist: Dienstag, 5. März
    /// 2024, 10:00 Uhr" and "Straßenbahnlinien 3,6,7,8,9, 11" have four and one; links do not count).
    /// </summary>
    internal static bool ReadsAsProse(string line)
    {
        int words = 0;
        foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.AsSpan().Trim(".,;:!?»«„“\"'()–-*");
            if (word.Length >= 2 && IsWord(word) && ++words >= 8) return true;
        }
        return false;
    }

    private static bool IsWord(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>What a line holds before the notice's own wording starts (all of it where the notice is not in it).</summary>
    private static string BeforeNotice(string line) => NoticeWordingRegex().Match(line) is { Success: true } m ? line[..m.Index] : line;

    /// <summary>
    /// The line under "Ihr Ansprechpartner": the name ("Dr. Katrin Weißflog", "Anke Lindner-Hoyer"),
    /// or on the line after it a press function ("Stellvertretende Pressesprecherin").
    /// </summary>
    public static bool IsContactLine(string line, bool nameLine) =>
        nameLine ? ContactNameRegex().IsMatch(line) : ContactFunctionRegex().IsMatch(line);

    [GeneratedRegex(@"^(?:(?:Prof|Dr)\.\s+)*\p{Lu}[\p{L}'-]+(?:\s+(?:von|van|de|zu|\p{Lu}[\p{L}'-]+)){1,3}$")]
    private static partial Regex ContactNameRegex();

    [GeneratedRegex(@"^[\p{L} .-]{0,40}(?:sprecher|referent|presse|öffentlichkeitsarbeit|kommunikation)[\p{L} .-]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactFunctionRegex();

    /// <summary>The notice's last words when the PDF wrapped them onto a line of their own.</summary>
    public static bool IsNoticeTail(string line) => NoticeTailRegex().IsMatch(line);

    [GeneratedRegex(@"^(vermerkten\s+)?Voraussetzungen\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeTailRegex();

    [GeneratedRegex(@"^(Ihre?\s+Ansprechpartner(in)?|Ansprechpartner(in)?|Pressesprecher(in)?|Ihr\s+Kontakt)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactRegex();

    [GeneratedRegex(@"^(Hausanschrift|Postanschrift|Besucheranschrift)\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex FooterStartRegex();

    [GeneratedRegex(@"^Kein Zugang für verschlüsselte", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeStartRegex();

    [GeneratedRegex(@"(vermerkten Voraussetzungen\.?|eSignatur\.html.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeEndRegex();

    /// <summary>Where the e-signature notice starts, also when the PDF wrapped its first words onto the line before.</summary>
    [GeneratedRegex(@"Kein\s+Zugang|Zugang\s+für\s+qualifiziert|(?:elektronisch\s+)?(?:signierte\s+)?Dokumente\s+nur\s+unter", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeWordingRegex();

    /// <summary>Footer lines known by their first word alone: letterhead only when the line is not prose.</summary>
    [GeneratedRegex(@"^(Straßenbahnlinien?|Sperrfrist)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadWordLineRegex();

    [GeneratedRegex(@"^(
          Medieninformation(\s+\d+/\d+)?
        | Pressemitteilung
        | Sächsisches\s+Staatsministerium(\s+des\s+Innern)?
        | des\s+Innern
        | Durchwahl
        | (Telefon|Telefax|Tel\.|Fax|Mobil)\s*:?\s*[+\d(][\d\s()/+-]*
        | ((E-?Mail|Mail)\s*:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+\*?
        | (https?://)?www\.smi\.sachsen\.de/?
        | Zu\s+erreichen\s+mit\s+(den|der)
        | .*Haltestelle\s+Carolaplatz\.?
        | und\s+\d+\.\s+Haltestelle.*
        | Wilhelm-Buck-Str(aße|\.)\s*\d+
        | 01097\s+Dresden
        | Zugang\s+für\s+qualifiziert\s+elektronisch.*
        | Seite\s+\d+(\s+von\s+\d+)?
        | (-\s*)?\d{1,2}\s*-
      )$", RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex LineRegex();
}
