using System.Text.Json.Serialization;

namespace AsskommExtract.Results;

/// <summary>Where an item was read (offsets into the source text; page for paged formats) and how.</summary>
public abstract class Extracted
{
    /// <summary>"rule" or "ml" (or another extractor-specific method name).</summary>
    [JsonPropertyOrder(100)]
    public string Method { get; set; } = "rule";

    [JsonPropertyOrder(101)]
    public double Confidence { get; set; } = 1.0;

    [JsonPropertyOrder(102)]
    public int Start { get; set; }

    [JsonPropertyOrder(103)]
    public int End { get; set; }

    [JsonPropertyOrder(104)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; set; }

    /// <summary>Where the item is in the document's clean text.</summary>
    [JsonIgnore]
    public Documents.TextSpan Span { get; set; }

    /// <summary>Sets the clean-text span and its source position.</summary>
    public void Locate(Documents.Document document, int start, int end)
    {
        Span = new Documents.TextSpan(start, end);
        var at = document.Locate(start, end);
        Start = at.Start;
        End = at.End;
        Page = at.Page;
    }
}

public sealed class MunicipalityMention : Extracted
{
    public required string Name { get; set; }
    public required string Ags { get; set; }
    public string Kreis { get; set; } = "";
    /// <summary>subject, model, example or other.</summary>
    public string Role { get; set; } = "other";
    /// <summary>The form the text used ("Heidenauer", "Johannegeorgenstadt").</summary>
    public string Surface { get; set; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }
}

public sealed class Metric : Extracted
{
    [JsonPropertyName("metric")]
    public required string Name { get; set; }
    public double Value { get; set; }
    /// <summary>exact, over, about, under or at_least.</summary>
    public string Qualifier { get; set; } = "exact";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Noun { get; set; }
    public string Evidence { get; set; } = "";
}

public sealed class Quote : Extracted
{
    public required string Speaker { get; set; }
    public string SpeakerId { get; set; } = "";
    public string Role { get; set; } = "";
    public required string Text { get; set; }
}
