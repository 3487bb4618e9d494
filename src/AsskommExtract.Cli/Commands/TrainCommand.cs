using System.CommandLine;
using System.Globalization;
using AsskommExtract.Models;

namespace AsskommExtract.Cli.Commands;

internal static class TrainCommand
{
    private static readonly Option<string> Data = new("--data")
    {
        Description = "Folder of annotated data, one NAME.tsv (label<TAB>text) per model.",
        DefaultValueFactory = _ => "data/training",
    };

    private static readonly Option<string> Out = new("--out", "-o")
    {
        Description = "Where the model files go; the build embeds them from src/AsskommExtract/Models/Trained.",
        DefaultValueFactory = _ => "src/AsskommExtract/Models/Trained",
    };

    private static readonly Option<string[]> Model = new("--model", "-m") { Description = "Train only these models (default: all)." };

    public static Command Create()
    {
        var command = new Command("train", """
            Retrain the classifiers from the annotated data in the repository,
            deterministically (fixed seed, one thread), and print each model's accuracy
            on a held-back fifth. Rebuild afterwards so the tool ships the new models.

            Example (from the repository root):
              asskomm-extract train && dotnet build
            """)
        {
            Data, Out, Model,
        };
        command.SetAction(parse => Run(parse.GetValue(Data)!, parse.GetValue(Out)!, parse.GetValue(Model) ?? [], Console.Out, Console.Error));
        return command;
    }

    public static int Run(string data, string output, string[] models, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(data))
        {
            stderr.WriteLine($"asskomm-extract: {data}: no such folder (run train from the repository root, or pass --data)");
            return ExitCodes.Usage;
        }
        var reports = ModelTrainer.TrainAll(data, output, models);
        if (reports.Count == 0)
        {
            stderr.WriteLine($"asskomm-extract: no training files in {data}");
            return ExitCodes.Usage;
        }
        static string P(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        stdout.WriteLine($"{"model",-14}{"examples",10}{"held out",10}{"accuracy",10}{"macro",8}  labels");
        foreach (var r in reports)
        {
            stdout.WriteLine($"{r.Name,-14}{r.Examples,10}{r.HeldOut,10}{P(r.Accuracy),10}{P(r.MacroAccuracy),8}  {string.Join(' ', r.Labels)}");
            // Per label on the same held-back part: "beitritt 9/10".
            stdout.WriteLine($"{"",-14}{"",10}  per label: {string.Join("  ", r.PerLabel.Select(l => $"{l.Key} {l.Value.Right}/{l.Value.Of}"))}");
            stdout.WriteLine($"{"",-14}{"",10}  calibration: a {P(r.Calibration.A)}, b {P(r.Calibration.B)}");
        }
        stdout.WriteLine($"models written to {output}; rebuild to ship them");
        return ExitCodes.Success;
    }
}
