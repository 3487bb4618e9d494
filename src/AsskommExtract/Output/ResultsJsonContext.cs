using System.Text.Json.Serialization;
using AsskommExtract.Results;

namespace AsskommExtract.Output;

/// <summary>Source-generated serialisation of the results: SPEC.md's snake_case names, no reflection at start-up.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Release))]
public sealed partial class ResultsJsonContext : JsonSerializerContext;
