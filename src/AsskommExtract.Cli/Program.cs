using System.CommandLine;
using AsskommExtract.Cli;
using AsskommExtract.Cli.Commands;

var root = new RootCommand($"""
    asskomm-extract: turns press releases of the Saxon Ministry of the Interior about ASSKomm
    (»Allianz Sichere Sächsische Kommunen«) into data: date, kind, municipalities with their
    official keys, the figures reported, and quotes with speaker and role.

    {ExitCodes.Help}
    """)
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    TextCommand.Create(),
    SeriesCommand.Create(),
    PlotCommand.Create(),
    MembersCommand.Create(),
    GenerateCommand.Create(),
};

var parse = root.Parse(args);
var errors = parse.Errors.Select(e => e.Message).Concat(CommonOptions.UnknownOptions(parse, args)).ToList();
if (errors.Count > 0)
{
    foreach (var error in errors) Console.Error.WriteLine($"asskomm-extract: {error}");
    Console.Error.WriteLine("Try 'asskomm-extract --help'.");
    return ExitCodes.Usage;
}
return await parse.InvokeAsync();
