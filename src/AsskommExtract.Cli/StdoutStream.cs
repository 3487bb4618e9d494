using System.Runtime.InteropServices;

namespace AsskommExtract.Cli;

/// <summary>
/// File descriptor 1 written with write(2), as a shell expects of a program's stdout. A FileStream on
/// the descriptor kept its own position and wrote with pwrite: redirected to a file, the output landed
/// at offset 0 over what came before (`{ echo header; asskomm-extract …; } &gt; f`) and the next
/// command overwrote it. A failed write throws an IOException whose HResult is the errno (EPIPE for
/// a closed pipe, EBADF for a closed stdout), as .NET's own streams report it on Unix.
/// </summary>
internal sealed class StdoutStream : Stream
{
    private const int Interrupted = 4; // EINTR: a signal arrived, write again

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint WriteFd(int fd, ref byte buffer, nint count);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint written = WriteFd(1, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (written < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Interrupted) continue;
                throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
            }
            buffer = buffer[(int)written..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    public override void WriteByte(byte value) => Write([value]);
    public override void Flush() { }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
