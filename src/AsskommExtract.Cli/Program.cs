using System.CommandLine;
using AsskommExtract.Cli;
using AsskommExtract.Cli.Commands;

SafeConsole.Install();
var root = new RootCommand($"""
    asskomm-extract: turns press releases of the Saxon Ministry of the Interior
    about ASSKomm (»Allianz Sichere Sächsische Kommunen«) into data: date, kind,
    municipalities with their official keys, the figures reported, and quotes
    with speaker and role.

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
// -V as well as --version, as most command-line tools have it.
root.Options.Remove(root.Options.OfType<VersionOption>().Single());
root.Options.Add(new VersionOption("--version", "-V"));

// No response files: with them a file named "@evil.txt" among the paths (extract *.txt) would be
// read as a list of options, and a file's content could redirect -o anywhere.
var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
var errors = parse.Errors.Select(e => CommonOptions.Friendly(e.Message)).Concat(CommonOptions.UnknownOptions(parse, args)).ToList();
if (errors.Count > 0)
{
    foreach (var error in errors) Console.Error.WriteLine($"asskomm-extract: {error}");
    Console.Error.WriteLine("Try 'asskomm-extract --help'.");
    return ExitCodes.Usage;
}
return await parse.InvokeAsync();
