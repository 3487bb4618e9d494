using System.CommandLine;
using System.Globalization;
using AsskommExtract.Evaluation;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Cli.Commands;

internal static class EvalCommand
{
    private static readonly Option<string> Gold = new("--gold", "-g")
    {
        Description = "Folder with NAME.gold.json files (NAME = the release file's name without extension).",
        Required = true,
    };

    private static readonly Option<bool> Brief = new("--brief") { Description = "Only the score table, not each miss and extra." };

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var command = new Command("eval", """
            Score a run against gold files (SPEC.md's rules): precision, recall and F1 per field,
            then each miss and extra with its release. Exit code 0 whatever the score.

            Example:
              asskomm-extract eval samples --gold samples
            """)
        {
            paths, Gold, Brief, CommonOptions.Jobs, CommonOptions.Quiet,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(Gold)!, parse.GetValue(Brief), parse.GetValue(CommonOptions.Jobs),
            CommonOptions.CreateMessages(parse, Console.Error), Console.Out));
        return command;
    }

    public static int Run(string[] paths, string goldDir, bool brief, int jobs, Messages messages, TextWriter stdout)
    {
        if (!Directory.Exists(goldDir))
        {
            messages.Fatal($"{goldDir}: no such folder");
            return ExitCodes.Usage;
        }
        var gold = GoldScorer.LoadGold(goldDir);
        var run = new ReleaseRun(PipelineFactory.CreateDefault(), messages);
        var withoutGold = new List<string>();
        var scores = GoldScorer.Score(run.Run(paths, jobs, CancellationToken.None), gold, withoutGold);

        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        stdout.WriteLine($"{"field",-16}{"precision",10}{"recall",10}{"f1",10}{"tp",6}{"fp",6}{"fn",6}");
        foreach (var s in scores)
            stdout.WriteLine($"{s.Field,-16}{F(s.Precision),10}{F(s.Recall),10}{F(s.F1),10}{s.TruePositives,6}{s.FalsePositives,6}{s.FalseNegatives,6}");
        if (!brief)
        {
            foreach (var s in scores)
            {
                foreach (var miss in s.Misses) stdout.WriteLine($"miss   {s.Field,-15} {miss}");
                foreach (var extra in s.Extras) stdout.WriteLine($"extra  {s.Field,-15} {extra}");
            }
        }
        foreach (var source in withoutGold) messages.Note($"no gold file for {source}; not scored");
        return ExitCodes.Success;
    }
}
