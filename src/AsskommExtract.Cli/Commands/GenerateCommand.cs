using System.CommandLine;
using AsskommExtract.Synthetic;

namespace AsskommExtract.Cli.Commands;

/// <summary>Writes a synthetic corpus for benchmarks and tests (see <see cref="ReleaseGenerator"/>).</summary>
internal static class GenerateCommand
{
    private static readonly Option<int> Count = new("--count", "-n")
    {
        Description = "How many releases to write.",
        Required = true,
    };

    private static readonly Option<string> Out = new("--out", "-o")
    {
        Description = "Folder to write them into (created if missing).",
        Required = true,
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "Random seed: the same seed writes the same corpus.",
        DefaultValueFactory = _ => 1,
    };

    private static readonly Option<string> Formats = new("--formats")
    {
        Description = $"Comma-separated file formats, taken in turn: {string.Join(',', ReleaseGenerator.Formats)}.",
        DefaultValueFactory = _ => "txt",
    };

    public static Command Create()
    {
        var command = new Command("generate", """
            Write synthetic SMI-style releases (invented speakers and figures, towns from
            the gazetteer, letterhead and footer at varying places) for benchmarks and
            tests.

            Example:
              asskomm-extract generate --count 1000 -o /tmp/corpus --formats txt,md
            """)
        {
            Count, Out, Seed, Formats,
        };
        command.SetAction(parse => Run(parse.GetValue(Count), parse.GetValue(Out)!, parse.GetValue(Seed), parse.GetValue(Formats)!, Console.Error));
        return command;
    }

    public static int Run(int count, string folder, int seed, string formats, TextWriter stderr)
    {
        var list = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToArray();
        var unknown = list.Where(f => !ReleaseGenerator.Formats.Contains(f)).ToList();
        if (count < 0 || list.Length == 0 || unknown.Count > 0)
        {
            stderr.WriteLine($"asskomm-extract: --count must be >= 0 and --formats one or more of {string.Join(',', ReleaseGenerator.Formats)}");
            return ExitCodes.Usage;
        }
        long bytes;
        try
        {
            bytes = new ReleaseGenerator(seed, list).WriteTo(folder, count);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"asskomm-extract: cannot write {folder}: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        stderr.WriteLine($"{count} releases, {AsskommExtract.Pipeline.ByteSize.Format(bytes)} written to {folder}");
        return ExitCodes.Success;
    }
}
