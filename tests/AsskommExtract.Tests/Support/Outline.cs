using AsskommExtract.Documents;

namespace AsskommExtract.Tests.Support;

/// <summary>
/// A structured reader's blocks written down for comparing in a test: "# " before a level-1 heading,
/// "## " before a deeper one, "- " before a list item, the lines one a line, a blank line between blocks.
/// The marks are the test's notation of the kinds, not part of the text the reader hands over.
/// </summary>
public static class Outline
{
    public static string Of(SourceText source)
    {
        Assert.NotNull(source.Blocks);
        return string.Join("\n\n", source.Blocks.Select(b => Mark(b) + string.Join('\n', b.Lines.Select(l => source.Text[l.Start..l.End]))));
    }

    private static string Mark(ReaderBlock b) => b.Kind switch
    {
        BlockKind.Heading => b.HeadingLevel <= 1 ? "# " : "## ",
        BlockKind.ListItem => "- ",
        _ => "",
    };
}
