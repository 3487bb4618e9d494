using AsskommExtract.Reading;

namespace AsskommExtract.Tests.Support;

// Tests that need what only some machines have are reported Skipped there, with the reason, not
// counted as passed by an early return.

/// <summary>Needs Linux (FIFOs, signals, /proc).</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux";
    }
}

public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux";
    }
}

/// <summary>Needs Unix file modes.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs Unix file modes";
    }
}

/// <summary>Needs file permissions that bind: not Windows, not root (root lists and reads any folder).</summary>
public sealed class PermissionsFactAttribute : FactAttribute
{
    public PermissionsFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs Unix file modes";
        else if (Environment.UserName == "root") Skip = "runs as root, whom no folder mode stops";
    }
}

/// <summary>Needs the Linux device that is always full.</summary>
public sealed class DevFullFactAttribute : FactAttribute
{
    public DevFullFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !FileKind.IsSpecial("/dev/full")) Skip = "needs /dev/full";
    }
}
