using AsskommExtract.Extractors.Counts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AsskommExtract.Tests.Counts;

/// <summary>
/// The number reader over arbitrary text: it never throws, every mention lies inside the range it
/// was given, in text order, with a finite non-negative value; number words never throw either.
/// </summary>
public sealed class NumberReaderPropertyTests
{
    /// <summary>Pieces of German figures (digits, thousands dots, decimal commas, scale words, number words, ordinals, dates) with noise.</summary>
    private static readonly string[] Fragments =
    [
        " ", "\n", ".", ",", ":", "(", ")", "%", "€", "-", "–", "0", "1", "7", "19", "53", "125", "1.300", "2019", "01097", "20.000", "1,3", "2,5",
        "06.02.2019", "14:47", " Uhr", " Millionen", " Mio.", " Mrd.", " Euro", " EUR", " Prozent", " Kommunen", " zu ", "§ ",
        "acht", "zwölf", "einhundertfünfundzwanzig", "zweihundert", "tausend", "sechste", "Einhundertste", "ein Drittel", "die Hälfte",
        "über ", "mehr als ", "rund ", "knapp ", "mindestens ", "bereits ", "www.asskomm.de/", "B.A./M.A.", "Seite ", "ä", "ß",
    ];

    private static Arbitrary<string> NumberLike() =>
        Gen.Frequency(
                (5, Gen.Elements(Fragments)),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Read_yields_ordered_mentions_inside_the_range_with_finite_values() =>
        Prop.ForAll(NumberLike(), text =>
        {
            var mentions = NumberReader.Read(text, 0, text.Length);
            int previous = 0;
            foreach (var m in mentions)
            {
                if (m.Start < previous || m.End > text.Length || m.Start >= m.End) return false;
                if (!double.IsFinite(m.Value) || m.Value < 0) return false;
                previous = m.Start;
            }
            return true;
        });

    [Property(MaxTest = 500)]
    public Property Number_words_and_qualifiers_never_throw() =>
        Prop.ForAll(NumberLike(), text =>
        {
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                GermanNumbers.Cardinal(word);
                GermanNumbers.Ordinal(word);
            }
            Qualifiers.Before(text, 0, text.Length);
            return true;
        });
}
