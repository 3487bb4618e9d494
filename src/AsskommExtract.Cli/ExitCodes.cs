namespace AsskommExtract.Cli;

/// <summary>The process exit codes, as documented in --help and the README.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and extracted.</summary>
    public const int Success = 0;
    /// <summary>Some inputs failed (each reported); the rest were written.</summary>
    public const int SomeFailed = 1;
    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 2;
    /// <summary>The output could not be written (disk full, folder missing); no partial file was left.</summary>
    public const int OutputFailed = 3;
    /// <summary>eval: no release had a gold file, or a field scored below its --min-f1.</summary>
    public const int EvalFailed = 4;
    /// <summary>Interrupted (Ctrl-C); no partial file was left.</summary>
    public const int Interrupted = 130;

    public const string Help = """
        Exit codes: 0 all inputs fine, 1 some inputs failed (reported, the rest
        written), 2 usage error, 3 output could not be written, 4 eval scored no
        release or a field fell below --min-f1, 130 interrupted.
        """;
}
