namespace AsskommExtract.Cli;

/// <summary>
/// Runs a command's writing against an <see cref="OutputTarget"/> and turns the ways writing ends
/// into exit codes: a closed pipe (| head) ends quietly, a full disk or Ctrl-C leaves no partial file.
/// </summary>
internal static class OutputWriting
{
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
            try
            {
                int code = write(target.Stream);
                target.Commit();
                return code;
            }
            catch (OperationCanceledException)
            {
                messages.Fatal(path is null ? "interrupted" : $"interrupted; {path} was not written");
                return ExitCodes.Interrupted;
            }
            catch (IOException e) when (path is null && IsBrokenPipe(e))
            {
                return ExitCodes.Success; // the reader (| head) has what it wanted
            }
            catch (IOException e)
            {
                messages.Fatal($"cannot write {target.Name}: {e.Message}{(path is null ? "" : "; no partial file was left")}");
                return ExitCodes.OutputFailed;
            }
        }
    }

    private static bool IsBrokenPipe(IOException e) =>
        e.HResult == 32 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase);
}
