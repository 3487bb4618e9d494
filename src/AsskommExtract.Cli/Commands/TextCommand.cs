using System.CommandLine;
using AsskommExtract.Cleaning;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;

namespace AsskommExtract.Cli.Commands;

/// <summary>Shows the clean text the extractors see: what is left after letterhead, markup and page breaks are gone.</summary>
internal static class TextCommand
{
    private static readonly Option<bool> Reader = new("--reader")
    {
        Description = "Print what the reader handed to the cleaner instead: the text a PDF's start/end count in (its pages' lines in reading order).",
    };

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var command = new Command("text", """
            Print each release's clean text as the extractors see it, one block per line
            with its kind (title, heading, paragraph, listitem), the class the boilerplate
            stage gave the page furniture around the headline (paragraph/navigation, /ad,
            /tag, /siteheader …) and the dateline found.
            With --reader, the reader's text as it is: for a PDF the text that start/end
            count in (for text files and web pages they count in the file itself).
            For checking what was read. Files are read one after another (-j is ignored).

            Example:
              asskomm-extract text samples/001_a151c832ee8c2c52.txt
            """)
        {
            paths,
            Reader,
        };
        CommonOptions.AddRunOptions(command);
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            return Task.FromResult(Run(CommonOptions.Settings(parse, paths), parse.GetValue(Reader), OutputTarget.OpenStdout(), interruption.Token));
        });
        return command;
    }

    public static int Run(RunSettings settings, bool reader, Stream stdout, CancellationToken cancel)
    {
        var pipeline = PipelineFactory.CreateDefault(settings.MaxBytes, standardInput: Console.OpenStandardInput);
        return settings.Write(pipeline.Readers, stdout, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            int failed = 0;
            foreach (var input in InputWalker.Expand(settings.Paths, pipeline.Readers, settings.Hidden, settings.Output))
            {
                cancel.ThrowIfCancellationRequested();
                Documents.SourceText read;
                Documents.Document doc;
                try
                {
                    read = pipeline.Read(input);
                    doc = ReleaseCleaner.Clean(input.Source, read);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    settings.Messages.Error(input.Source, ExtractionPipeline.FailureReason(e));
                    continue;
                }
                writer.WriteLine($"== {input.Source} (dateline: {doc.Dateline ?? "none"})");
                if (reader)
                {
                    writer.WriteLine(read.Text);
                    continue;
                }
                foreach (var block in doc.Blocks)
                    writer.WriteLine($"[{block.Kind.ToString().ToLowerInvariant()}{(block.Furniture is { } what ? "/" + what : "")}] {doc.Slice(block)}");
            }
            writer.Flush();
            return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
    }
}
