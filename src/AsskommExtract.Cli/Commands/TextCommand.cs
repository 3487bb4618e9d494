using System.CommandLine;
using AsskommExtract.Cleaning;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;

namespace AsskommExtract.Cli.Commands;

/// <summary>Shows the clean text the extractors see: what is left after letterhead, markup and page breaks are gone.</summary>
internal static class TextCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var command = new Command("text", """
            Print each release's clean text as the extractors see it, one block per line with its kind
            (title, heading, paragraph, listitem) and the dateline found. For checking what was read.

            Example:
              asskomm-extract text samples/001_a151c832ee8c2c52.txt
            """)
        {
            paths,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string[] paths, TextWriter stdout, TextWriter stderr)
    {
        var pipeline = PipelineFactory.CreateDefault();
        int failed = 0;
        foreach (var input in InputWalker.Expand(paths, pipeline.Readers))
        {
            try
            {
                var doc = ReleaseCleaner.Clean(input.Source, pipeline.Read(input));
                stdout.WriteLine($"== {input.Source} (dateline: {doc.Dateline ?? "none"})");
                foreach (var block in doc.Blocks)
                    stdout.WriteLine($"[{block.Kind.ToString().ToLowerInvariant()}] {doc.Slice(block)}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                stderr.WriteLine($"asskomm-extract: {input.Source}: {ExtractionPipeline.FailureReason(e)}");
            }
        }
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
