using System.CommandLine;
using AsskommExtract.Output.Charts;
using AsskommExtract.Output.Series;
using AsskommExtract.Pipeline;
using AsskommExtract.Register;
using AsskommExtract.Results;

namespace AsskommExtract.Cli.Commands;

internal static class PlotCommand
{
    private static readonly Option<string> OutputFile = new("--output", "-o")
    {
        Description = "The chart file: .png or .svg.",
        Required = true,
    };

    /// <summary>Funding is in euros, a scale the counts would vanish under, and "other" mixes unrelated counts: both only on request.</summary>
    private static readonly string[] DefaultMetrics =
        [.. MetricNames.All.Where(m => m is not (MetricNames.Funding or MetricNames.Other))];

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var command = new Command("plot", $"""
            Draw the figures of many releases over time: one line per metric on a date axis, a filled marker
            for a figure stated exactly and a hollow one for über/rund/knapp/mindestens, each labelled with
            its value. Without --metric: {string.Join(", ", DefaultMetrics)}. Funding ({MetricNames.Funding})
            only when asked for, on its own right-hand axis in millions of euros.

            Examples:
              asskomm-extract plot releases/ -o chart.png
              asskomm-extract plot releases/ -o funding.svg -m kooperationsvereinbarungen -m foerdermittel_eur
              asskomm-extract plot releases/ -o members.png -m members         joins found next to the reported agreements
            """)
        {
            paths, OutputFile, SeriesCommand.Metric, CommonOptions.Jobs, CommonOptions.MaxBytes, CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            return Task.FromResult(Run(
                parse.GetValue(paths)!, parse.GetValue(OutputFile)!, parse.GetValue(SeriesCommand.Metric) ?? [],
                parse.GetValue(CommonOptions.Jobs), parse.GetValue(CommonOptions.MaxBytes),
                CommonOptions.CreateMessages(parse, Console.Error), interruption.Token));
        });
        return command;
    }

    /// <summary>The chart format a file name asks for: .png or .svg, else null.</summary>
    internal static ChartFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => ChartFormat.Png,
        ".svg" => ChartFormat.Svg,
        _ => null,
    };

    public static int Run(string[] paths, string output, string[] metrics, int jobs, long maxBytes, Messages messages, CancellationToken cancel)
    {
        ChartFormat? format = FormatOf(output);
        if (format is null)
        {
            messages.Fatal($"{output}: the chart file must end in .png or .svg");
            return ExitCodes.Usage;
        }
        var run = new ReleaseRun(PipelineFactory.CreateDefault(maxBytes, register: metrics.Contains(MemberRegister.MembersMetric)), messages);
        return OutputWriting.Write(output, Stream.Null, messages, stream =>
        {
            var series = SeriesCommand.Collect(run, paths, metrics.Length > 0 ? metrics : DefaultMetrics, includeOther: false, jobs, messages, cancel);
            stream.Write(SeriesChart.Render(series, format.Value));
            return run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
    }
}
