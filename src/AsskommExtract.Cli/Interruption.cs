using System.Runtime.InteropServices;

namespace AsskommExtract.Cli;

/// <summary>
/// Ctrl-C (or SIGTERM, as timeout(1) sends) cancels a command's run, so its temporary output is
/// removed and the exit code is 130; a second signal ends the process at once. Every command that
/// writes output runs under one, rather than under System.CommandLine's default, which ends the
/// process two seconds after the signal whether or not the output was cleaned up.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _interrupted;
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    public Interruption(CancellationToken outer)
    {
        _interrupted = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
    }

    public CancellationToken Token => _interrupted.Token;

    private void Interrupt(PosixSignalContext signal)
    {
        signal.Cancel = !_interrupted.IsCancellationRequested;
        _interrupted.Cancel();
    }

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _interrupted.Dispose();
    }
}
