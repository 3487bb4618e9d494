using System.CommandLine;
using AsskommExtract.Cli;
using AsskommExtract.Cli.Commands;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Tests.Ecosystem;

using Cli = AsskommExtract.Tests.Robustness.Cli;

/// <summary>The command line behaves the same on every command and answers mistakes in words a user can act on.</summary>
public sealed class CliConventionTests
{
    public static TheoryData<string> ReadingCommands => new() { "extract", "eval", "series", "plot", "members", "text" };

    private static Command Create(string name) => name switch
    {
        "extract" => ExtractCommand.Create(),
        "eval" => EvalCommand.Create(),
        "series" => SeriesCommand.Create(),
        "plot" => PlotCommand.Create(),
        "members" => MembersCommand.Create(),
        "text" => TextCommand.Create(),
        "train" => TrainCommand.Create(),
        _ => GenerateCommand.Create(),
    };

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void Every_release_reading_command_takes_the_same_run_options(string name)
    {
        string[] required = name switch { "eval" => ["--gold", "g"], "plot" => [], _ => [] };
        var parse = Create(name).Parse(["r.txt", .. required, "-o", "out.png", "-q", "-v", "-j", "2", "--max-bytes", "1M", "--hidden"]);
        Assert.Empty(parse.Errors);
        Assert.Equal(2, parse.GetValue(CommonOptions.Jobs));
        Assert.Equal(1L << 20, parse.GetValue(CommonOptions.MaxBytes));
        Assert.True(parse.GetValue(CommonOptions.Hidden));
    }

    [Theory]
    [InlineData("train")]
    [InlineData("generate")]
    public void Commands_that_write_a_folder_take_o_for_it(string name)
    {
        var option = Create(name).Options.Single(o => o.Name == "--out");
        Assert.Contains("-o", option.Aliases);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("abc")]
    public void Jobs_below_one_or_not_a_number_is_refused_in_words(string jobs)
    {
        var error = Assert.Single(ExtractCommand.Create().Parse(["r.txt", "-j", jobs]).Errors);
        Assert.Equal($"--jobs takes a whole number of at least 1, not '{jobs}'", error.Message);
    }

    [Theory]
    [InlineData("64M", 64L << 20)]
    [InlineData("64MiB", 64L << 20)]
    [InlineData("64MB", 64_000_000L)]
    [InlineData("500k", 500L << 10)]
    [InlineData("1.5G", 3L << 29)]
    [InlineData("1000", 1000L)]
    public void Max_bytes_takes_human_sizes(string given, long bytes) =>
        Assert.Equal(bytes, ExtractCommand.Create().Parse(["r.txt", "--max-bytes", given]).GetValue(CommonOptions.MaxBytes));

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("64X")]
    public void Max_bytes_that_is_not_a_size_is_refused_in_words(string given)
    {
        var error = Assert.Single(ExtractCommand.Create().Parse(["r.txt", "--max-bytes", given]).Errors);
        Assert.StartsWith("--max-bytes takes a size such as 64M", error.Message);
        Assert.DoesNotContain("System.", error.Message);
    }

    [Theory]
    [InlineData(812L, "812 bytes")]
    [InlineData(4915L, "4.8 KiB")]
    [InlineData(64L << 20, "64 MiB")]
    public void Sizes_in_messages_are_human(long bytes, string shown) => Assert.Equal(shown, ByteSize.Format(bytes));

    [Fact]
    public void Type_errors_of_the_parser_name_what_to_type_not_a_dotnet_type()
    {
        var friendly = CommonOptions.Friendly("Cannot parse argument 'x' for option '--count' as expected type 'System.Int32'.");
        Assert.Equal("--count takes a whole number, not 'x'", friendly);
        var error = Assert.Single(GenerateCommand.Create().Parse(["--count", "many", "--out", "d"]).Errors);
        Assert.DoesNotContain("System.Int32", CommonOptions.Friendly(error.Message));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("eval")]
    [InlineData("series")]
    [InlineData("plot")]
    [InlineData("text")]
    [InlineData("train")]
    [InlineData("generate")]
    public void Help_text_fits_80_columns(string name)
    {
        // Help indents the description by two columns.
        var lines = Create(name).Description!.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 78, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public void Help_of_the_tool_itself_fits_80_columns()
    {
        var run = Cli.Run(Path.GetTempPath(), "--help");
        var description = run.Stdout[..run.Stdout.IndexOf("Usage:", StringComparison.Ordinal)];
        Assert.All(description.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
    }
}
