using System.Text.RegularExpressions;

namespace AsskommExtract.Register;

/// <summary>
/// The wording of register statements, read once from data/register-cues.tsv (embedded): per step and
/// group the alternatives of one regular expression. The file's header explains the groups.
/// </summary>
internal sealed class RegisterCues
{
    private static readonly Lazy<RegisterCues> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static RegisterCues Data => Shared.Value;

    private readonly Dictionary<(string Step, string Group), Regex> _cues;

    private RegisterCues(Dictionary<(string, string), Regex> cues) => _cues = cues;

    /// <summary>The cue of a step's group, or null when the file gives none.</summary>
    public Regex? Get(string step, string group) => _cues.GetValueOrDefault((step, group));

    /// <summary>The cues of a group that hold for every step ("*" in the file).</summary>
    public Regex? Any(string group) => Get("*", group);

    private static RegisterCues Load()
    {
        using var stream = typeof(RegisterCues).Assembly.GetManifestResourceStream("register-cues.tsv")
            ?? throw new InvalidOperationException("register-cues.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var parts = new Dictionary<(string, string), List<string>>();
        bool header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var fields = line.Split('\t');
            if (fields.Length != 3) throw new InvalidDataException($"register-cues.tsv: expected step, group, pattern: {line}");
            var key = (fields[0], fields[1]);
            if (!parts.TryGetValue(key, out var list)) parts[key] = list = [];
            list.Add(fields[2]);
        }
        return new RegisterCues(parts.ToDictionary(p => p.Key, p => new Regex(
            string.Join('|', p.Value.Select(v => $"(?:{v})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)));
    }
}
