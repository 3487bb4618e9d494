using System.CommandLine;
using AsskommExtract.Output.Charts;
using AsskommExtract.Output.Series;
using AsskommExtract.Pipeline;
using AsskommExtract.Register;
using AsskommExtract.Results;

namespace AsskommExtract.Cli.Commands;

internal static class PlotCommand
{
    /// <summary>Funding is in euros, a scale the counts would vanish under, and "other" mixes unrelated counts: both only on request.</summary>
    private static readonly string[] DefaultMetrics =
        [.. MetricNames.All.Where(m => m is not (MetricNames.Funding or MetricNames.Other))];

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var command = new Command("plot", $"""
            Draw the figures of many releases over time: one line per metric on a date
            axis, a filled marker for a figure stated exactly and a hollow one for
            über/rund/knapp/mindestens, each labelled with its value. Without --metric:
            {CommonOptions.HelpList(DefaultMetrics)}.
            Funding ({MetricNames.Funding}) only when asked for, on its own right-hand
            axis in millions of euros.

            Examples:
              asskomm-extract plot releases/ -o chart.png
              asskomm-extract plot releases/ -o funding.svg \
                -m kooperationsvereinbarungen -m foerdermittel_eur
              # joins found, next to the reported agreements
              asskomm-extract plot releases/ -o members.png -m members
            """)
        {
            paths, SeriesCommand.Metric,
        };
        CommonOptions.AddRunOptions(command, outputRequired: true);
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            return Task.FromResult(Run(CommonOptions.Settings(parse, paths), parse.GetValue(SeriesCommand.Metric) ?? [], interruption.Token));
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

    /// <summary>The whole command; -o names the chart file, .png or .svg.</summary>
    public static int Run(RunSettings settings, string[] metrics, CancellationToken cancel)
    {
        var output = settings.Output!;
        ChartFormat? format = FormatOf(output);
        if (format is null)
        {
            settings.Messages.Fatal($"{output}: the chart file must end in .png or .svg");
            return ExitCodes.Usage;
        }
        var run = settings.CreateRun(register: metrics.Contains(MemberRegister.MembersMetric));
        return settings.Write(run.Readers, Stream.Null, stream =>
        {
            var series = SeriesCommand.Collect(run, settings.Paths, metrics.Length > 0 ? metrics : DefaultMetrics, includeOther: false,
                settings.Jobs, settings.Messages, cancel);
            stream.Write(SeriesChart.Render(series, format.Value));
            return run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
    }
}
