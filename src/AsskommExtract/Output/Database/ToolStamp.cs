using System.Reflection;
using System.Security.Cryptography;

namespace AsskommExtract.Output.Database;

/// <summary>
/// What made a release's data: the tool's version and a hash of everything it extracts with that is not
/// code (the trained models, the gazetteer, the register's wording), so an archive can tell which of its
/// releases an upgrade would change.
/// </summary>
public static class ToolStamp
{
    private static readonly Lazy<string> ModelsLazy = new(HashResources);

    public static string Version { get; } =
        typeof(ToolStamp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ToolStamp).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>"kind=1a2b3c4d5e6f metric=… gemeinden-sachsen.tsv=…": a short SHA-256 per embedded model and data file, in name order.</summary>
    public static string Models => ModelsLazy.Value;

    private static string HashResources()
    {
        var assembly = typeof(ToolStamp).Assembly;
        var parts = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("model.", StringComparison.Ordinal) || n.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
            var label = name.StartsWith("model.", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(name["model.".Length..]) : name;
            parts.Add($"{label}={hash}");
        }
        return string.Join(' ', parts);
    }
}
