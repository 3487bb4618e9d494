using System.Text.Json;
using AsskommExtract.Cli;
using AsskommExtract.Cli.Commands;
using AsskommExtract.Output;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Robustness;

/// <summary>
/// The promise of issue 10, end to end through the real process: a folder of good and broken files
/// gives every input exactly once, as a release or as an error, in a stable order; exit code 1; and
/// one stderr line per broken file naming it.
/// </summary>
public sealed class InvariantTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The mixed folder, and what each of its inputs must become (true: a release).</summary>
    private List<(string Source, bool Good)> MixedFolder()
    {
        _dir.File("mappe/01-gut.txt", BrokenFiles.Release("Zwönitz", "03.04.2022", "Heike Lorenz"));
        _dir.File("mappe/02-leer.txt", []);
        _dir.File("mappe/03-binaer.txt", BrokenFiles.Binary());
        _dir.File("mappe/04-nur-leerzeichen.md", "   \n\n\t\n");
        _dir.File("mappe/05-utf16.txt", System.Text.Encoding.BigEndianUnicode.GetBytes(BrokenFiles.Release("Brandis")));
        _dir.File("mappe/unter/06-gut.md", "# Hainichen tritt ASSKomm bei\n\nDie Stadt Hainichen ist dem Verbund beigetreten.\n");
        _dir.File("mappe/unter/07-bild.txt", BrokenFiles.Png);
        _dir.File("mappe/unter/ignoriert.jpg", BrokenFiles.Binary()); // no reader: not an input of the folder walk
        _dir.File("einzeln.pdf", BrokenFiles.TruncatedPdf);
        return
        [
            ("mappe/01-gut.txt", true), ("mappe/02-leer.txt", false), ("mappe/03-binaer.txt", false),
            ("mappe/04-nur-leerzeichen.md", false), ("mappe/05-utf16.txt", true),
            ("mappe/unter/06-gut.md", true), ("mappe/unter/07-bild.txt", false),
            ("fehlt.txt", false), ("einzeln.pdf", false),
        ];
    }

    private static readonly string[] Args = ["mappe", "fehlt.txt", "einzeln.pdf"];

    [Fact]
    public void Every_input_appears_once_as_release_or_error_in_stable_order_with_exit_code_1()
    {
        var expected = MixedFolder();
        var run = Cli.Run(_dir.Path, ["extract", .. Args, "--format", "jsonl", "--quiet"]);

        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        var objects = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(expected.Select(e => e.Source), objects.Select(o => o.GetProperty("source").GetString()!.Replace('\\', '/')));
        foreach (var (o, (source, good)) in objects.Zip(expected))
        {
            bool failed = o.TryGetProperty("error", out var error);
            Assert.True(failed != good, $"{source}: expected {(good ? "a release" : "an error")}, got {o}");
            if (failed)
            {
                Assert.Equal(2, o.EnumerateObject().Count()); // {"source", "error"} and nothing else
                Assert.False(string.IsNullOrWhiteSpace(error.GetString()));
            }
            else Assert.True(o.TryGetProperty("title", out _));
        }

        var broken = expected.Where(e => !e.Good).Select(e => e.Source).ToList();
        Assert.Equal(broken.Count, run.ErrorLines.Length);
        foreach (var (line, source) in run.ErrorLines.Zip(broken))
            Assert.StartsWith($"asskomm-extract: {source}: ", line.Replace('\\', '/'));
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Order_and_content_do_not_depend_on_parallelism()
    {
        MixedFolder();
        var serial = Cli.Run(_dir.Path, ["extract", .. Args, "--quiet", "-j", "1"]);
        var parallel = Cli.Run(_dir.Path, ["extract", .. Args, "--quiet", "-j", "4"]);
        Assert.Equal(serial.Stdout, parallel.Stdout);
        Assert.Equal(serial.Stderr, parallel.Stderr);
    }

    [Fact]
    public void Csv_errors_table_lists_exactly_the_failed_inputs()
    {
        var expected = MixedFolder();
        var messages = new StringWriter();
        using var stdout = new MemoryStream();
        var paths = Args.Select(a => Path.Combine(_dir.Path, a)).ToArray();
        var settings = new RunSettings(paths, null, 2, AsskommExtract.Pipeline.ExtractionPipeline.DefaultMaxBytes, false,
            new Messages(messages, quiet: true, verbose: false, interactive: false));
        int code = ExtractCommand.Run(settings, "csv", Table.Errors, CsvDialect.Standard, stdout, CancellationToken.None);

        Assert.Equal(ExitCodes.SomeFailed, code);
        var rows = System.Text.Encoding.UTF8.GetString(stdout.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,error", rows[0]);
        var sources = rows.Skip(1).Select(r => Path.GetRelativePath(_dir.Path, r[..r.IndexOf(',')].Trim('"')).Replace('\\', '/'));
        Assert.Equal(expected.Where(e => !e.Good).Select(e => e.Source), sources);
    }
}
