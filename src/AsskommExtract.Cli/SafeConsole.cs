namespace AsskommExtract.Cli;

/// <summary>
/// Standard error and output as writers that cannot end the run: when the stream is closed (2&gt;&amp;-,
/// &gt;&amp;-) or fails, writing to it goes silent instead of throwing, so a message nobody can read
/// never costs the data. Data on stdout goes through <see cref="OutputTarget"/>, which reports its failures.
/// </summary>
internal sealed class SafeConsole(TextWriter inner) : TextWriter
{
    private bool _broken;

    public override System.Text.Encoding Encoding => inner.Encoding;

    public static void Install()
    {
        Console.SetError(new SafeConsole(Open(Console.OpenStandardError)));
        Console.SetOut(new SafeConsole(Open(Console.OpenStandardOutput)));
    }

    private static TextWriter Open(Func<Stream> open)
    {
        try
        {
            return new StreamWriter(open(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Null;
        }
    }

    public override void Write(char value) => Guard(() => inner.Write(value));
    public override void Write(string? value) => Guard(() => inner.Write(value));
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));
    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        if (_broken) return;
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _broken = true;
        }
    }
}
