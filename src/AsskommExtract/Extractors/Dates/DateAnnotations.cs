using AsskommExtract.Documents;

namespace AsskommExtract.Extractors.Dates;

/// <summary>The release date (ISO, or null) and how it was found: "dateline", "body" or "none".</summary>
public sealed record DateFinding(string? Iso, string Method);

public static class DateAnnotations
{
    public static readonly AnnotationKey<DateFinding> Date = new("date", (release, date) => (release.Date, release.DateMethod) = (date.Iso, date.Method));
}
