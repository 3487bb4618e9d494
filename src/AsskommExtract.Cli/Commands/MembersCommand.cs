using System.CommandLine;
using AsskommExtract.Output.Charts;
using AsskommExtract.Pipeline;
using AsskommExtract.Register;

namespace AsskommExtract.Cli.Commands;

internal static class MembersCommand
{
    private static readonly Option<string?> Format = new("--format", "-f")
    {
        Description = "csv (default), json, jsonl (a member per line) or xlsx (every table a sheet; needs -o). Inferred from the -o file's extension when not given.",
    };

    private static readonly Option<string> TableOption = new("--table", "-t")
    {
        Description = "For csv: members (a row per municipality), steps (a row per reported step, with its evidence), checks, districts.",
        DefaultValueFactory = _ => "members",
    };

    private static readonly Option<string?> Chart = new("--chart")
    {
        Description = "Also draw the members per district as a bar chart into this .png or .svg file.",
        HelpName = "FILE",
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("csv", "json", "jsonl", "xlsx");
        TableOption.AcceptOnlyFromAmong(Enum.GetNames<RegisterTable>().Select(n => n.ToLowerInvariant()).ToArray());
        var paths = CommonOptions.Paths();
        var command = new Command("members", $"""
            The ASSKomm register rebuilt from the releases: one row per municipality with the date, source
            release and evidence sentence of each step the releases report for it: joined (signed the
            Kooperationsvereinbarung; the ordinal the release gave, "53."; founding members), Präventionsrat
            founded, Sicherheitsanalyse started and finished, coaching begun. A step comes from what a sentence
            says of the town in its role (an example town joins nobody), dated as the sentence says or, for
            news, by the release.
            Checks, warned about on stderr and listed per town: an ordinal that does not fit the order of the
            joins, two releases giving one town different join dates, a reported number of
            Kooperationsvereinbarungen below the towns already seen joining.

            Examples:
              asskomm-extract members releases/                                one row per municipality, CSV
              asskomm-extract members releases/ -t steps                       every reported step with its sentence
              asskomm-extract members releases/ -t districts --chart d.png     members per district, and a bar chart
              asskomm-extract members releases/ -o register.xlsx               every table as a sheet
            {ExitCodes.Help}
            """)
        {
            paths, Format, TableOption, Chart, CommonOptions.OutputFile, CommonOptions.Delimiter, CommonOptions.Bom,
            CommonOptions.Jobs, CommonOptions.MaxBytes, CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            return Task.FromResult(Run(
                parse.GetValue(paths)!, parse.GetValue(Format), Enum.Parse<RegisterTable>(parse.GetValue(TableOption)!, ignoreCase: true),
                parse.GetValue(Chart), parse.GetValue(CommonOptions.OutputFile), parse.GetValue(CommonOptions.Delimiter), parse.GetValue(CommonOptions.Bom),
                parse.GetValue(CommonOptions.Jobs), parse.GetValue(CommonOptions.MaxBytes),
                CommonOptions.CreateMessages(parse, Console.Error), OutputTarget.OpenStdout(), interruption.Token));
        });
        return command;
    }

    /// <summary>The whole command, with its streams passed in so tests can drive it.</summary>
    public static int Run(string[] paths, string? format, RegisterTable table, string? chart, string? output, char delimiter, bool bom,
        int jobs, long maxBytes, Messages messages, Stream stdout, CancellationToken cancel)
    {
        if (OutputFormats.Resolve(format, output, ["csv", "json", "jsonl", "xlsx"], "csv", messages) is not { } resolved) return ExitCodes.Usage;
        ChartFormat? chartFormat = null;
        if (chart is not null && (chartFormat = PlotCommand.FormatOf(chart)) is null)
        {
            messages.Fatal($"{chart}: the chart file must end in .png or .svg");
            return ExitCodes.Usage;
        }
        var run = new ReleaseRun(PipelineFactory.CreateDefault(maxBytes, register: true), messages);
        return OutputWriting.Write(output, stdout, messages, stream =>
        {
            var register = Collect(run, paths, jobs, messages, cancel);
            switch (resolved)
            {
                case "json": RegisterWriter.WriteJson(stream, register); break;
                case "jsonl": RegisterWriter.WriteJsonLines(stream, register); break;
                case "xlsx": RegisterWriter.WriteXlsx(stream, register); break;
                default: RegisterWriter.WriteCsv(stream, register, table, delimiter, bom); break;
            }
            int code = run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
            if (chart is null) return code;
            int drawn = OutputWriting.Write(chart, Stream.Null, messages, file =>
            {
                file.Write(DistrictChart.Render(register, chartFormat!.Value));
                return code;
            });
            return Math.Max(code, drawn);
        });
    }

    /// <summary>Runs the releases into the register and warns about each failed check. Shared with series and plot (-m members).</summary>
    internal static MemberRegister Collect(ReleaseRun run, string[] paths, int jobs, Messages messages, CancellationToken cancel)
    {
        var register = new MemberRegister();
        foreach (var release in run.Run(paths, jobs, cancel)) register.Add(release);
        cancel.ThrowIfCancellationRequested();
        register.Build();
        Warn(register, messages);
        run.Summarise();
        return register;
    }

    internal static void Warn(MemberRegister register, Messages messages)
    {
        foreach (var check in register.Checks) messages.Warn($"check {check.Kind}: {check.Message}");
    }
}
