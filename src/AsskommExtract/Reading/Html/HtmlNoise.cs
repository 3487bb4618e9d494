using System.Collections.Frozen;
using AngleSharp.Dom;

namespace AsskommExtract.Reading.Html;

/// <summary>
/// Removes what is page furniture, not release: scripts and styles, navigation, cookie and
/// consent layers, side boxes, footers, share buttons, and lists that are mostly links.
/// Never removes an element holding the page's h1.
/// </summary>
internal static class HtmlNoise
{
    private static readonly FrozenSet<string> Tags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "button",
        "select", "input", "nav", "footer", "aside", "menu", "dialog", "figure", "img", "picture", "video", "audio",
    ]);

    private static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
        ["navigation", "banner", "contentinfo", "dialog", "alertdialog", "search", "complementary", "menu", "menubar"]);

    /// <summary>Class or id fragments of furniture. Not "teaser": German CMSs use it for the lead paragraph too.</summary>
    private static readonly string[] Fragments =
        ["cookie", "consent", "gdpr", "breadcrumb", "share", "social", "related", "newsletter", "skip", "sidebar", "advert", "promo", "menu", "pagination", "comment", "banner"];

    public static void Remove(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (!StillIn(element, body)) continue; // inside something removed already
            if (IsNoise(element) && element.QuerySelector("h1") is null && element.LocalName != "h1") element.Remove();
        }
    }

    /// <summary>
    /// Whether the element still hangs below <paramref name="body"/>: its ancestors, at most the
    /// nesting depth (see <see cref="HtmlNesting"/>), where body.Contains searched the whole body for every element.
    /// </summary>
    private static bool StillIn(IElement element, IElement body)
    {
        for (var up = element; up is not null; up = up.ParentElement)
            if (up == body) return true;
        return false;
    }

    private static bool IsNoise(IElement e)
    {
        var name = e.LocalName;
        if (Tags.Contains(name)) return true;
        if (name == "header" && e.Closest("article, main") is null) return true;
        if (e.GetAttribute("role") is { } role && Roles.Contains(role.ToLowerInvariant())) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        if (e.GetAttribute("style") is { } style && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
        var ident = (e.ClassName + " " + e.Id).ToLowerInvariant();
        if (ident.Length > 1 && Fragments.Any(ident.Contains)) return true;
        return IsLinkList(e);
    }

    /// <summary>A list, or a box of two or more links ("Auch interessant: A · B"), whose text is nearly all link text.</summary>
    private static bool IsLinkList(IElement e)
    {
        bool list = e.LocalName is "ul" or "ol";
        if (!list && e.LocalName is not ("div" or "section")) return false;
        var links = e.QuerySelectorAll("a");
        if (links.Length < (list ? 1 : 2)) return false;
        int all = HtmlReleaseReader.Collapse(e.TextContent).Length;
        int linked = links.Sum(a => HtmlReleaseReader.Collapse(a.TextContent).Length);
        return all > 0 && linked >= 0.7 * all;
    }
}
