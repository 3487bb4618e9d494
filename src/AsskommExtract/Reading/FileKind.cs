using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AsskommExtract.Reading;

/// <summary>
/// Tells regular files from devices, FIFOs and sockets, which .NET does not expose: a FIFO named
/// x.txt in a folder would block a read forever, and /dev/full as -o must not be renamed over.
/// </summary>
public static class FileKind
{
    private const int AtCurrentDirectory = -100, StatxType = 1, ModeOffset = 28, TypeMask = 0xF000, RegularFile = 0x8000;

    /// <summary>True when <paramref name="path"/> exists (after following links) and is not a regular file or a folder.</summary>
    public static bool IsSpecial(string path)
    {
        // statx's layout is the same on every Linux architecture; elsewhere only regular files are expected.
        if (!OperatingSystem.IsLinux()) return false;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0) return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        int type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        return type != RegularFile && type != 0x4000; // 0x4000: a folder
    }

    private const int ReadOnly = 0, NonBlocking = 0x800, CloseOnExec = 0x80000, EmptyPath = 0x1000;
    private const int SetFlags = 4, GetFlags = 3;

    /// <summary>
    /// Opens <paramref name="path"/> for reading without blocking: a FIFO opened the usual way waits for a
    /// writer forever, so the type is checked on the opened descriptor (no gap between check and open in
    /// which the file can be swapped). A device, FIFO or socket is refused unless <paramref name="special"/>
    /// says the caller named one on purpose (process substitution, a pipe), which is then read blocking.
    /// </summary>
    public static FileStream OpenForReading(string path, bool special)
    {
        if (!OperatingSystem.IsLinux()) return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        int fd = Open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (fd < 0) throw OpenError(path, Marshal.GetLastPInvokeError());
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            var buffer = new byte[256];
            if (Statx(fd, "", EmptyPath, StatxType, buffer) != 0) throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
            int type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
            if (type == 0x4000) throw new ReadException("is a folder");
            if (type != RegularFile)
            {
                if (!special) throw new ReadException("not a regular file (a device, FIFO or socket; it was replaced while the run went on)");
                Fcntl(fd, SetFlags, Fcntl(fd, GetFlags, 0) & ~NonBlocking);
            }
            return new FileStream(handle, FileAccess.Read, 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static Exception OpenError(string path, int errno) => errno switch
    {
        2 => new FileNotFoundException($"Could not find file '{path}'", path),
        1 or 13 => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
        _ => new IOException(Marshal.GetPInvokeErrorMessage(errno)),
    };

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int fd, int command, int argument);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
