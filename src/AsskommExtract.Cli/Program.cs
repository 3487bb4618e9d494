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
    GenerateCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"asskomm-extract: {error.Message}");
    Console.Error.WriteLine("Try 'asskomm-extract --help'.");
    return ExitCodes.Usage;
}
return await parse.InvokeAsync();
