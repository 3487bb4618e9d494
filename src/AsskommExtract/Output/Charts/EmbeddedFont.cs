using ScottPlot;
using SkiaSharp;

namespace AsskommExtract.Output.Charts;

/// <summary>
/// DejaVu Sans (Bitstream Vera licence, see Fonts/) shipped inside the assembly and offered to ScottPlot
/// under its own name, so a chart has the same text on every machine, including one without fonts.
/// </summary>
internal sealed class EmbeddedFont : IFontResolver
{
    public const string Name = "asskomm-dejavu-sans";

    private static readonly byte[] Bytes = Load();

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFont());
        return true;
    });

    /// <summary>Registers the font with ScottPlot (once) and returns the name to set on a plot.</summary>
    public static string Use()
    {
        _ = Registered.Value;
        return Name;
    }

    // One face for every weight and slant. A new typeface per request: ScottPlot disposes the typefaces it is given.
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) => Create(fontName);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Create(fontName);

    private static SKTypeface? Create(string fontName) => fontName == Name ? SKTypeface.FromData(SKData.CreateCopy(Bytes)) : null;

    private static byte[] Load()
    {
        using var stream = typeof(EmbeddedFont).Assembly.GetManifestResourceStream("DejaVuSans.ttf")
            ?? throw new InvalidOperationException("the chart font is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
