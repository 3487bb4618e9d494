using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AsskommExtract.Extractors.Dates;
using AsskommExtract.Models;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Cleaning;

/// <summary>A block's measurable shape, computed once per block.</summary>
public readonly record struct BlockFeatures(int Length, int Words, double FunctionShare, double DigitShare, double CapitalShare, char Last, bool StartsLower)
{
    /// <summary>Ten words or more, a good share of them function words: running text, never furniture.</summary>
    public bool IsProse => Words >= 10 && FunctionShare >= 0.12;
}

/// <summary>A block's class: <c>content</c>, or the kind of page furniture it is (navigation, ad, credit …), and how it was decided.</summary>
public readonly record struct BlockJudgement(string Label, string Method, double Confidence)
{
    public bool IsFurniture => Label != Boilerplate.Content;
}

/// <summary>
/// Content versus boilerplate, as jusText and trafilatura judge it: from a block's own features
/// (length, share of function words, digits, capitals, punctuation, glued or repeated words, links and
/// file names) with rules where they settle it, and the trained <c>block</c> model
/// (data/training/block.tsv) for the short blocks they leave open. Position and neighbours are the
/// cleaner's part: it asks this only of the blocks before and around the headline.
/// </summary>
public static partial class Boilerplate
{
    public const string Content = "content";

    private static readonly Lazy<FrozenSet<string>> FunctionWords = new(() => Lexicon.Set("cleaning", "function_words", StringComparer.OrdinalIgnoreCase));

    public static BlockFeatures Measure(string text)
    {
        int words = 0, function = 0, digits = 0, capitals = 0, visible = 0;
        var lookup = FunctionWords.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = text.AsSpan()[range].Trim(".,;:!?»«„“”\"'()[]–-—|*+");
            if (token.Length == 0) continue;
            words++;
            if (lookup.Contains(token)) function++;
            if (char.IsUpper(token[0])) capitals++;
        }
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            visible++;
            if (char.IsDigit(c)) digits++;
        }
        var trimmed = text.TrimEnd();
        return new BlockFeatures(text.Length, words, words == 0 ? 0 : (double)function / words, visible == 0 ? 0 : (double)digits / visible,
            words == 0 ? 0 : (double)capitals / words, trimmed.Length == 0 ? '\0' : trimmed[^1], text.Length > 0 && char.IsLower(text[0]));
    }

    /// <summary>Judges one block of text (a paragraph, a heading, or a line of the page's head).</summary>
    public static BlockJudgement Judge(string text, BlockFeatures f)
    {
        if (f.Words == 0) return new(Content, "rule", 1);
        // "… vor ihnen liegt die Vereinbarung. © Stadt Oberlungwitz": a caption with its credit, prose or not.
        if (text.Contains('©')) return new("credit", "rule", 0.9);
        if (f.IsProse || f.Length > 250) return new(Content, "rule", 0.95);
        if (Dateline.Read(text) is { Kind: DatelineKind.SiteHeader }) return new("siteheader", "rule", 0.95);
        if (IsRepetition(text)) return new("navigation", "rule", 0.95);
        if (IsLinkOrFile(text)) return new("credit", "rule", 0.9);
        if (f.DigitShare >= 0.4 && Dateline.Read(text) is null) return new("navigation", "rule", 0.85);
        if (HasGluedWords(text) || IsTrail(text)) return new("navigation", "rule", 0.85);
        if (IsByline(text)) return new("byline", "rule", 0.9);
        // "Startseite Themen Sicherheit Prävention Kommunen": five capitalised items and not one function word is a trail, not a headline.
        if (f.Words >= 5 && f.FunctionShare == 0 && f.CapitalShare == 1 && f.DigitShare == 0) return new("navigation", "rule", 0.8);
        if (IsFramed(text)) return new("ad", "rule", 0.85);
        if (TextClassifier.Get("block") is not { } model) return new(Content, "default", 0.5);
        var (label, confidence) = model.Predict(ModelInput(text, f));
        return new(label, "model", confidence);
    }

    public static BlockJudgement Judge(string text) => Judge(text, Measure(text));

    /// <summary>
    /// The model's input: the block's text behind tokens for its shape, so that the model learns from
    /// length, function words, digits, capitals and the last character, not from words alone.
    /// </summary>
    public static string ModelInput(string text, BlockFeatures f)
    {
        var sb = new StringBuilder();
        sb.Append("zzw").Append(Math.Min(f.Words, 8)).Append(' ');
        sb.Append("zzf").Append(f.FunctionShare switch { 0 => 0, < 0.15 => 1, _ => 2 }).Append(' ');
        sb.Append("zzd").Append(f.DigitShare switch { 0 => 0, < 0.2 => 1, _ => 2 }).Append(' ');
        sb.Append("zzc").Append(f.CapitalShare switch { < 0.5 => 0, < 1 => 1, _ => 2 }).Append(' ');
        sb.Append("zze").Append(f.Last switch { '.' => "dot", '!' or '?' => "mark", ':' => "colon", _ when char.IsLetterOrDigit(f.Last) => "word", _ => "sign" }).Append(' ');
        if (f.StartsLower) sb.Append("zzlower ");
        return sb.Append("| ").Append(text).ToString();
    }

    /// <summary>The training rows' text is the block as written: the model input is built from it as at run time.</summary>
    public static string ModelInput(string text) => ModelInput(text, Measure(text));

    /// <summary>"image image image", "BannerbildBannerbildBannerbild": one placeholder word over and over.</summary>
    private static bool IsRepetition(string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        for (int period = 3; period * 2 <= compact.Length && period <= 12; period++)
        {
            if (compact.Length % period != 0) continue;
            bool repeats = true;
            for (int i = period; i < compact.Length && repeats; i++) repeats = compact[i] == compact[i - period];
            if (repeats) return true;
        }
        return false;
    }

    private static readonly string[] FileEndings = ["jpg", "jpeg", "png", "gif", "webp", "svg", "pdf"];

    /// <summary>An address, a mail address, or an image's file name ("… Reichelt Jpg", "IMG_2041.jpeg", ":format(webp)/…").</summary>
    private static bool IsLinkOrFile(string text)
    {
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains(":format(", StringComparison.Ordinal)) return true;
        int last = text.LastIndexOfAny([' ', '.', '_']);
        var tail = text.AsSpan(last + 1).TrimEnd(')');
        foreach (var ending in FileEndings)
            if (tail.Equals(ending, StringComparison.OrdinalIgnoreCase) && last > 0) return true;
        return false;
    }

    /// <summary>"von Jana Muster", "Text: Jana Muster", "Autorin: J. Muster": who wrote it, a name of a few capitalised words.</summary>
    public static bool IsByline(string text) => BylineRegex().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:[Vv]on|Text:|Autor(?:in)?:|Von:)\s+\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3}\s*$")]
    private static partial Regex BylineRegex();

    /// <summary>"Startseite > Aktuelles > Pressemitteilungen", "Home › Presse": a breadcrumb trail, items of a few words between arrows.</summary>
    private static bool IsTrail(string text)
    {
        int arrows = 0, words = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = text.AsSpan()[range];
            if (token is ">" or "›" or "»" or "→" or "/") { if (words == 0 || words > 4) return false; arrows++; words = 0; }
            else if (token.Length > 0) words++;
        }
        return arrows >= 1 && words is > 0 and <= 4;
    }

    /// <summary>"StartAktuellesPressemitteilungen…": a breadcrumb trail whose items lost their spaces (two or more glued at one word).</summary>
    private static bool HasGluedWords(string text)
    {
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = text.AsSpan()[range];
            int glued = 0;
            for (int i = 1; i < token.Length; i++)
                if (char.IsLower(token[i - 1]) && char.IsUpper(token[i]) && i + 1 < token.Length && char.IsLower(token[i + 1])) glued++;
            if (glued >= 2) return true;
        }
        return false;
    }

    /// <summary>"+++ Öffnungszeiten +++", "*** Anzeige ***": a ticker or marker framed by the same signs.</summary>
    private static bool IsFramed(string text)
    {
        var t = text.Trim();
        int lead = 0;
        while (lead < t.Length && t[lead] is '+' or '*' or '#' or '=' or '~') lead++;
        return lead >= 2 && t.Length > 2 * lead && t.EndsWith(t[..lead], StringComparison.Ordinal);
    }
}
