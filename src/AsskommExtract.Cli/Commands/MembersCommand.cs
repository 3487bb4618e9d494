using System.CommandLine;
using AsskommExtract.Output.Charts;
using AsskommExtract.Output;
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
            The ASSKomm register rebuilt from the releases: one row per municipality with
            the date, source release and evidence sentence of each step the releases report:
            joined (signed the Kooperationsvereinbarung; the ordinal given, "53."; founding
            members), Präventionsrat founded, Sicherheitsanalyse started and finished,
            coaching begun. A step comes from what a sentence says of the town in its role
            (an example town joins nobody), dated as the sentence says or, for news, by the
            release. Checks, warned about on stderr and listed per town: an ordinal that
            does not fit the order of the joins, two releases giving one town different
            join dates, a reported number of Kooperationsvereinbarungen below the towns
            already seen joining.

            Examples:
              # one row per municipality, CSV
              asskomm-extract members releases/
              # every reported step with its sentence
              asskomm-extract members releases/ -t steps
              # members per district, and a bar chart
              asskomm-extract members releases/ -t districts --chart d.png
              # every table as a sheet
              asskomm-extract members releases/ -o register.xlsx
            {ExitCodes.Help}
            """)
        {
            paths, Format, TableOption, Chart,
        };
        CommonOptions.AddCsvOptions(command);
        CommonOptions.AddRunOptions(command);
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            var settings = CommonOptions.Settings(parse, paths);
            return Task.FromResult(Run(settings, parse.GetValue(Format), Enum.Parse<RegisterTable>(parse.GetValue(TableOption)!, ignoreCase: true),
                parse.GetValue(Chart), CommonOptions.Dialect(parse, settings.Output), OutputTarget.OpenStdout(), interruption.Token));
        });
        return command;
    }

    /// <summary>The whole command, with its streams passed in so tests can drive it.</summary>
    public static int Run(RunSettings settings, string? format, RegisterTable table, string? chart, CsvDialect dialect, Stream stdout, CancellationToken cancel)
    {
        var messages = settings.Messages;
        if (OutputFormats.Resolve(format, settings.Output, ["csv", "json", "jsonl", "xlsx"], "csv", messages, settings.StdoutIsTerminal) is not { } resolved) return ExitCodes.Usage;
        ChartFormat? chartFormat = null;
        if (chart is not null && (chartFormat = PlotCommand.FormatOf(chart)) is null)
        {
            messages.Fatal($"{chart}: the chart file must end in .png or .svg");
            return ExitCodes.Usage;
        }
        var run = settings.CreateRun(register: true);
        return settings.Write(run.Readers, stdout, stream =>
        {
            var register = Collect(run, settings.Paths, settings.Jobs, messages, cancel);
            switch (resolved)
            {
                case "json": RegisterWriter.WriteJson(stream, register); break;
                case "jsonl": RegisterWriter.WriteJsonLines(stream, register); break;
                case "xlsx": RegisterWriter.WriteXlsx(stream, register); break;
                default: RegisterWriter.WriteCsv(stream, register, table, dialect); break;
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
        messages.Warn([.. register.Checks.Select(c => $"check {c.Kind}: {c.Message}")], "failed checks (all in -t checks)");
    }
}
