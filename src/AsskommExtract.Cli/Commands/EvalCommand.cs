using System.CommandLine;
using AsskommExtract.Evaluation;

namespace AsskommExtract.Cli.Commands;

internal static class EvalCommand
{
    private static readonly Option<string> Gold = new("--gold", "-g")
    {
        Description = "Folder with NAME.gold.json files (NAME = the release file's name without extension).",
        Required = true,
    };

    private static readonly Option<bool> Brief = new("--brief") { Description = "Only the score table, not each miss and extra." };

    private static readonly Option<string> Format = new("--format", "-f")
    {
        Description = "text (default) or json (scores, misses, extras and checks for a script or CI).",
        DefaultValueFactory = _ => "text",
    };

    private static readonly Option<F1Threshold[]> MinF1 = new("--min-f1")
    {
        Description = $"Exit {ExitCodes.EvalFailed} when FIELD's F1 is below X (repeat the option; FIELD one of {string.Join(", ", GoldScorer.Fields)} or all), e.g. --min-f1 all=0.9.",
        HelpName = "FIELD=X",
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = result =>
        {
            var thresholds = new List<F1Threshold>();
            foreach (var token in result.Tokens)
            {
                if (F1Threshold.Parse(token.Value) is { } t) thresholds.Add(t);
                else result.AddError($"--min-f1 takes FIELD=X with FIELD one of {string.Join(", ", GoldScorer.Fields)} or all and X from 0 to 1, not '{token.Value}'");
            }
            return [.. thresholds];
        },
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("text", "json");
        var paths = CommonOptions.Paths();
        var command = new Command("eval", $"""
            Score a run against gold files (SPEC.md's rules): precision, recall and F1 per
            field, then each miss and extra with its release. A run in which no release
            has a gold file is an error (exit {ExitCodes.EvalFailed}), as is a field below its --min-f1.

            Examples:
              asskomm-extract eval samples --gold samples
              asskomm-extract eval eval/blind -g eval/blind --min-f1 all=0.9 -f json
            """)
        {
            paths, Gold, Format, MinF1, Brief,
        };
        CommonOptions.AddRunOptions(command);
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            return Task.FromResult(Run(CommonOptions.Settings(parse, paths), parse.GetValue(Gold)!, parse.GetValue(Format) == "json",
                parse.GetValue(MinF1) ?? [], parse.GetValue(Brief), OutputTarget.OpenStdout(), interruption.Token));
        });
        return command;
    }

    /// <summary>The whole command, with its streams passed in so tests can drive it.</summary>
    public static int Run(RunSettings settings, string goldDir, bool json, IReadOnlyList<F1Threshold> thresholds, bool brief, Stream stdout,
        CancellationToken cancel)
    {
        var messages = settings.Messages;
        if (!Directory.Exists(goldDir))
        {
            messages.Fatal($"{goldDir}: no such folder");
            return ExitCodes.Usage;
        }
        var gold = GoldScorer.LoadGold(goldDir);
        var run = settings.CreateRun();
        return settings.Write(run.Readers, stdout, stream =>
        {
            var unscored = new List<string>();
            var scores = GoldScorer.Score(run.Run(settings.Paths, settings.Jobs, cancel), gold, unscored);
            cancel.ThrowIfCancellationRequested();
            var report = new EvalReport(scores, run.Total - unscored.Count, unscored, thresholds);
            if (json) report.WriteJson(stream, brief);
            else
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
                report.WriteText(writer, brief);
            }
            messages.Warn([.. unscored.Select(source => $"no gold file for {source}; not scored")], "releases without a gold file");
            if (report.Scored == 0)
            {
                messages.Fatal($"no release was scored: none of the {run.Total} inputs has a NAME.gold.json in {goldDir}");
                return ExitCodes.EvalFailed;
            }
            foreach (var check in report.Checks.Where(c => !c.Passed))
                messages.Fatal($"{check.Field}: F1 {check.F1:0.000} is below --min-f1 {check.Min:0.000}");
            if (!report.Passed) return ExitCodes.EvalFailed;
            return run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
    }
}
