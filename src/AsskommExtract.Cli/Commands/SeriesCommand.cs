using System.CommandLine;
using AsskommExtract.Output.Series;
using AsskommExtract.Pipeline;
using AsskommExtract.Register;
using AsskommExtract.Results;

namespace AsskommExtract.Cli.Commands;

internal static class SeriesCommand
{
    private static readonly Option<string?> Format = new("--format", "-f")
    {
        Description = "csv (default), json or xlsx (needs -o). Inferred from the -o file's extension when not given.",
    };

    private static readonly Option<bool> Wide = new("--wide", "-w")
    {
        Description = "One row per date, one column per metric (>140 over, ~230 about, <50 under, >=10 at least; \"53 | 54\" when statements conflict).",
    };

    internal static readonly Option<string[]> Metric = new("--metric", "-m")
    {
        Description = "Only these metrics (repeat the option), e.g. -m kpr -m coaching. Names as in SPEC.md: " + string.Join(", ", MetricNames.All)
            + $"; {MemberRegister.MembersMetric}: the number of municipalities seen joining (as the members command finds them), next to the reported kooperationsvereinbarungen.",
        HelpName = "NAME",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<bool> IncludeOther = new("--include-other") { Description = "Also list \"other\" counts (participants, talks …)." };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("csv", "json", "xlsx");
        Metric.AcceptOnlyFromAmong([.. MetricNames.All, MemberRegister.MembersMetric]);
        var paths = CommonOptions.Paths();
        var command = new Command("series", $"""
            The figures of many releases as a time series: one row per (date, metric) statement with value,
            qualifier, source and evidence, sorted by metric, date and source. Statements of one date that
            disagree are all kept and marked as a conflict. A running total ({string.Join(", ", MetricNames.All.Where(SeriesMetrics.Cumulative.Contains))})
            that falls from one release to a later one is warned about on stderr and in JSON's "warnings".
            Releases without a date are reported and left out.

            Examples:
              asskomm-extract series releases/                               long form, CSV on stdout
              asskomm-extract series releases/ --wide -d ';' --bom -o s.csv  a row per date, for German Excel
              asskomm-extract series releases/ -f json -m kpr                one metric, with warnings, as JSON
              asskomm-extract series releases/ --wide -o series.xlsx         a workbook (sheets series, warnings)
            """)
        {
            paths, Format, Wide, Metric, IncludeOther, CommonOptions.OutputFile, CommonOptions.Delimiter, CommonOptions.Bom,
            CommonOptions.Jobs, CommonOptions.MaxBytes, CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            return Task.FromResult(Run(
                parse.GetValue(paths)!, parse.GetValue(Format), parse.GetValue(Wide), parse.GetValue(Metric) ?? [], parse.GetValue(IncludeOther),
                parse.GetValue(CommonOptions.OutputFile), parse.GetValue(CommonOptions.Delimiter), parse.GetValue(CommonOptions.Bom),
                parse.GetValue(CommonOptions.Jobs), parse.GetValue(CommonOptions.MaxBytes),
                CommonOptions.CreateMessages(parse, Console.Error), OutputTarget.OpenStdout(), interruption.Token));
        });
        return command;
    }

    /// <summary>The whole command, with its streams passed in so tests can drive it.</summary>
    public static int Run(string[] paths, string? format, bool wide, string[] metrics, bool includeOther, string? output, char delimiter, bool bom,
        int jobs, long maxBytes, Messages messages, Stream stdout, CancellationToken cancel)
    {
        if (OutputFormats.Resolve(format, output, ["csv", "json", "xlsx"], "csv", messages) is not { } resolved) return ExitCodes.Usage;
        format = resolved;
        var run = new ReleaseRun(PipelineFactory.CreateDefault(maxBytes, register: metrics.Contains(MemberRegister.MembersMetric)), messages);
        return OutputWriting.Write(output, stdout, messages, stream =>
        {
            var series = Collect(run, paths, metrics, includeOther, jobs, messages, cancel);
            switch (format)
            {
                case "json": SeriesWriter.WriteJson(stream, series, wide); break;
                case "xlsx": SeriesWriter.WriteXlsx(stream, series, wide); break;
                default: SeriesWriter.WriteCsv(stream, series, wide, delimiter, bom); break;
            }
            return run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
    }

    /// <summary>Runs the releases into a series and reports what it left out or found suspicious. Shared with plot.</summary>
    internal static TimeSeries Collect(ReleaseRun run, string[] paths, IReadOnlyCollection<string> metrics, bool includeOther, int jobs,
        Messages messages, CancellationToken cancel)
    {
        IEnumerable<Release> releases = run.Run(paths, jobs, cancel);
        TimeSeries series;
        if (metrics.Contains(MemberRegister.MembersMetric))
        {
            // The reconstruction is shown next to what the releases report; the register reads the releases as the series does.
            var register = new MemberRegister();
            const string reported = "kooperationsvereinbarungen";
            series = TimeSeries.Build(releases.Select(r => { register.Add(r); return r; }), metrics.Contains(reported) ? metrics : [.. metrics, reported],
                includeOther, () => register.Build().MemberSeries());
            MembersCommand.Warn(register, messages);
        }
        else series = TimeSeries.Build(releases, metrics, includeOther);
        cancel.ThrowIfCancellationRequested();
        foreach (var source in series.Undated) messages.Warn($"{source}: no date found; left out of the series");
        foreach (var warning in series.Warnings) messages.Warn($"warning: {warning.Message}");
        run.Summarise();
        if (series.Rows.Count == 0 && run.Total > 0) messages.Warn("the releases state none of the selected figures");
        return series;
    }
}
