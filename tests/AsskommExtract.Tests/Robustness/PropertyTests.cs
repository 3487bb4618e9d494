using AsskommExtract.Cleaning;
using AsskommExtract.Documents;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AsskommExtract.Tests.Robustness;

/// <summary>
/// Properties over arbitrary input: readers, cleaner and pipeline give a result or a
/// <see cref="ReadException"/>, never another exception; clean-text offsets map into the source.
/// </summary>
public sealed class PropertyTests
{
    private static readonly ExtractionPipeline Pipeline = PipelineFactory.CreateDefault();

    /// <summary>Pieces of real releases (letterhead, Markdown, quotes, hyphenation, dates), so generated texts reach the cleaner's rules.</summary>
    private static readonly string[] Fragments =
    [
        "\n", "\n\n", "\r\n", " ", "\t", "-\n", "**", "#", "## ", "* ", "- ", "1. ", "[", "](http://x.de)", "\\*", "»", "«", "„", "“", "\"", "‚", "‘",
        "Medieninformation", "Ihr Ansprechpartner", "Durchwahl", "Telefon +49 351 564 30400", "presse@smi.sachsen.de*", "12.03.2022",
        "14.09.2023, 14:47 Uhr", "Hausanschrift:", "Carolaplatz", "* Kein Zugang für verschlüsselte elektronische Dokumente.", "Links:", "Medien:",
        "Präventions-", "rat", "Kommune", "ASSKomm", "Kooperationsvereinbarung", "Am 10. September 2021 unterzeichneten", "seit dem 6. Februar 2019",
        "Bürgermeisterin Anna Beispiel:", "Zittau, 8. Februar 2021", "über 140 Kommunen", "1,3 Millionen Euro", ".", ",", ":", "ä", "ß", "\u00AD", "\u200B", "\uFEFF", "\0",
    ];

    private static Arbitrary<string> ReleaseLike() =>
        Gen.Frequency(
                (4, Gen.Elements(Fragments)),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    private static bool ResultOrReadException(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (ReadException)
        {
            return true;
        }
    }

    [Property(MaxTest = 300)]
    public bool Decode_any_bytes_gives_text_or_a_read_exception(byte[] bytes) =>
        ResultOrReadException(() => TextDecoding.Decode(bytes ?? []));

    [Property(MaxTest = 300)]
    public bool Text_reader_any_bytes_gives_text_or_a_read_exception(byte[] bytes) =>
        ResultOrReadException(() => TextReleaseReader.Instance.Read(bytes ?? []));

    [Property(MaxTest = 300)]
    public Property Text_reader_never_throws_on_encoded_release_like_text() =>
        Prop.ForAll(ReleaseLike(), text =>
            ResultOrReadException(() => TextReleaseReader.Instance.Read(System.Text.Encoding.UTF8.GetBytes(text))));

    [Property(MaxTest = 300)]
    public Property Cleaner_offsets_map_into_the_source_range() =>
        Prop.ForAll(ReleaseLike(), text =>
        {
            var document = ReleaseCleaner.Clean("p.txt", new SourceText(text));
            for (int i = 0; i < document.Text.Length; i++)
            {
                int source = document.Map.ToSource(i);
                if (source < 0 || source >= Math.Max(1, text.Length)) return false;
            }
            foreach (var block in document.Blocks)
            {
                if (block.Start < 0 || block.End > document.Text.Length || block.Start > block.End) return false;
                var location = document.Locate(block.Start, block.End);
                if (location.Start < 0 || location.End > text.Length || location.Start > location.End) return false;
            }
            return true;
        });

    [Fact]
    public void Block_separator_before_a_last_one_character_block_maps_inside_the_source()
    {
        // Found by the property above: each character of the inserted "\n\n" counted on from the next block's start.
        var text = "KooperationsvereinbarungTelefon +49 351 564 304001. Ihr Ansprechpartner\n\n»";
        var document = ReleaseCleaner.Clean("p.txt", new SourceText(text));
        Assert.All(Enumerable.Range(0, document.Text.Length), i => Assert.InRange(document.Map.ToSource(i), 0, text.Length - 1));
    }

    [Property(MaxTest = 200)]
    public bool Cleaner_never_throws_on_arbitrary_strings(string text)
    {
        ReleaseCleaner.Clean("p.txt", new SourceText(text ?? ""));
        return true;
    }

    [Property(MaxTest = 300)]
    public Property Pipeline_extract_never_throws_and_locates_items_in_the_source() =>
        Prop.ForAll(ReleaseLike(), text =>
        {
            var release = Pipeline.Extract("p.txt", new SourceText(text));
            IEnumerable<Results.Extracted> items = [.. release.Municipalities, .. release.Metrics, .. release.Quotes];
            return release.Error is null && items.All(i => i.Start >= 0 && i.End <= text.Length && i.Start <= i.End);
        });

    [Property(MaxTest = 200)]
    public bool Pipeline_process_of_any_file_bytes_is_a_release_or_a_one_line_error(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"asskomm-prop-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes ?? []);
        try
        {
            var release = Pipeline.Process(new Input(path, path));
            return release.Error is null ? release.Kind is not null : !release.Error.Contains('\n') && !release.Error.StartsWith("internal error");
        }
        finally { File.Delete(path); }
    }
}
