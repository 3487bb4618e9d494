namespace AsskommExtract.Cli;

/// <summary>
/// Runs a command's writing against an <see cref="OutputTarget"/> and turns the ways writing ends
/// into exit codes: a closed pipe (| head) ends quietly, a full disk or Ctrl-C leaves no partial file.
/// </summary>
internal static class OutputWriting
{
    private const int BrokenPipe = 32; // EPIPE: .NET puts the errno of a failed write in HResult on Unix
    private const int BadDescriptor = 9; // EBADF: stdout was closed (>&-)

    public static int Write(string? path, Stream stdout, Messages messages, Func<Stream, int> write)
    {
        OutputTarget target;
        try
        {
            target = OutputTarget.Open(path, stdout);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            messages.Fatal($"cannot write {path}: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        using (target)
        {
            string left = target.Atomic ? $"; {path} was not written" : "";
            try
            {
                int code = write(target.Stream);
                target.Commit();
                return code;
            }
            catch (OperationCanceledException)
            {
                messages.Fatal($"interrupted{left}");
                return ExitCodes.Interrupted;
            }
            catch (IOException e) when (target.IsStdout && e.HResult == BrokenPipe)
            {
                return ExitCodes.Success; // the reader (| head) has what it wanted
            }
            catch (Exception e)
            {
                // A full disk is an IOException, but a file size limit (EFBIG) surfaces as
                // ArgumentOutOfRangeException: whatever ends the writing, report it in one line.
                var reason = e switch
                {
                    // A closed stdout (>&-) lets the descriptor be reused by a file or pipe opened read-only.
                    UnauthorizedAccessException or IOException { HResult: BadDescriptor } when target.IsStdout => "it is closed or not writable",
                    IOException or UnauthorizedAccessException => e.Message,
                    _ => $"{e.GetType().Name}: {e.Message}",
                };
                messages.Fatal($"cannot write {target.Name}: {reason.ReplaceLineEndings(" ")}{(target.Atomic ? "; no partial file was left" : "")}");
                return ExitCodes.OutputFailed;
            }
        }
    }
}
