using System.Text;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Robustness;

/// <summary>
/// Every stage does work linear in its input, on inputs built to make a rescanning or re-copying
/// stage blow up: the same construct repeated n and 4n times (see <see cref="Work"/>).
/// </summary>
public sealed class LinearWorkTests
{
    private static string Repeat(string unit, int n) => new StringBuilder(unit.Length * n).Insert(0, unit, n).ToString();

    public static TheoryData<string, string> CleanerInputs => new()
    {
        { "nested links", "[[[…x](u)](u)](u)" },
        { "unclosed emphasis", "_a _a _a …" },
        { "unclosed strong", "*a *a *a …" },
        { "open brackets", "[[[[…" },
        { "links without target", "[a](" },
        { "angle brackets", "<<<<…" },
        { "lower-case paragraphs", "a⏎⏎a⏎⏎…" },
        { "open-ended paragraphs", "und der⏎⏎…" },
        { "letterhead between paragraphs", "Text ohne Punkt⏎⏎Seite 1⏎⏎…" },
        { "hyphenated lines", "Prä-⏎ventions-⏎…" },
    };

    private static string CleanerInput(string name, int n) => name switch
    {
        "nested links" => Repeat("[", n) + "x" + Repeat("](u)", n),
        "unclosed emphasis" => Repeat("_a ", n),
        "unclosed strong" => Repeat("*a ", n),
        "open brackets" => Repeat("[", n),
        "links without target" => Repeat("[a](", n),
        "angle brackets" => Repeat("<", n),
        "lower-case paragraphs" => Repeat("a\n\n", n),
        "open-ended paragraphs" => Repeat("und der\n\n", n),
        "letterhead between paragraphs" => Repeat("Text ohne Punkt\n\nSeite 1\n\n", n),
        "hyphenated lines" => Repeat("Prä-\nventions-\n", n),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(CleanerInputs))]
    public void Cleaning_is_linear(string name, string shape)
    {
        _ = shape;
        Work.AssertLinear(n => CleanerInput(name, n), text => Texts.Clean(text), 20_000);
    }
}
