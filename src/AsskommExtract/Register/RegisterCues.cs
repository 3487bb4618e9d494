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

    private RegisterCues(Dictionary<(string, string), Regex> cues, Regex anyTopic) => (_cues, AnyTopic) = (cues, anyTopic);

    /// <summary>
    /// Every step's topic in one expression: a sentence it does not match states no step, so the
    /// extractor reads no further (most sentences of a release; one pass instead of one per step).
    /// </summary>
    public Regex AnyTopic { get; }

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
        static Regex Alternatives(IEnumerable<string> patterns) => new(
            string.Join('|', patterns.Select(v => $"(?:{v})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new RegisterCues(parts.ToDictionary(p => p.Key, p => Alternatives(p.Value)),
            Alternatives(parts.Where(p => p.Key.Item2 == "topic").SelectMany(p => p.Value)));
    }
}
