using System.Runtime.InteropServices;

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

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
