using AsskommExtract.Cli;

namespace AsskommExtract.Tests.Ecosystem;

/// <summary>What the tool says besides data: a progress bar only where it cannot mix with data, warnings capped.</summary>
public sealed class MessagesTests
{
    [Theory]
    [InlineData(true, false, true)]   // data to a file or pipe, stderr on the terminal: the bar shows
    [InlineData(true, true, false)]   // data on the same terminal: the bar would be drawn into the rows
    [InlineData(false, false, false)] // stderr redirected: no bar in a log
    public void Progress_only_where_it_cannot_mix_with_data(bool stderrIsTerminal, bool dataOnTerminal, bool shown) =>
        Assert.Equal(shown, Messages.ProgressFits(stderrIsTerminal, dataOnTerminal));

    private static string[] Warn(int count, bool verbose)
    {
        var stderr = new StringWriter();
        new Messages(stderr, quiet: false, verbose, interactive: false)
            .Warn([.. Enumerable.Range(1, count).Select(i => $"kpr falls {i}")], "falling figures");
        return stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Warnings_are_capped_with_a_count_of_the_rest()
    {
        var lines = Warn(5_782, verbose: false);
        Assert.Equal(Messages.WarningCap + 1, lines.Length);
        Assert.Equal("asskomm-extract: kpr falls 1", lines[0]);
        Assert.Equal($"asskomm-extract: … and {5_782 - Messages.WarningCap} more falling figures (-v lists them all)", lines[^1]);
    }

    [Fact]
    public void Verbose_lists_every_warning_and_few_need_no_summary()
    {
        Assert.Equal(25, Warn(25, verbose: true).Length);
        Assert.Equal(3, Warn(3, verbose: false).Length);
    }
}
