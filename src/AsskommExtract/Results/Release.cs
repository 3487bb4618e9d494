using System.Text.Json.Serialization;

namespace AsskommExtract.Results;

/// <summary>
/// What the tool extracted from one input, in SPEC.md's shape. An input that failed has only
/// <see cref="Source"/> and <see cref="Error"/>.
/// </summary>
public sealed class Release
{
    public required string Source { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; set; }

    public string? Date { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public List<MunicipalityMention> Municipalities { get; set; } = [];
    public List<Metric> Metrics { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];

    /// <summary>What the release says each municipality did (joined, founded a Präventionsrat …); filled only for the register.</summary>
    [JsonIgnore]
    public List<Register.MemberStep> Steps { get; set; } = [];

    /// <summary>How <see cref="Date"/> was found: "dateline", "body", "siteheader" or "none".</summary>
    public string? DateMethod { get; set; }
    public string? KindMethod { get; set; }
    public double? KindConfidence { get; set; }

    [JsonIgnore]
    public bool Failed => Error is not null;

    public static Release Failure(string source, string error) => new() { Source = source, Error = error };
}
