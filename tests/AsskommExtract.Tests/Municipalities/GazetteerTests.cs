using AsskommExtract.Extractors.Municipalities;

namespace AsskommExtract.Tests.Municipalities;

public class GazetteerTests
{
    [Fact]
    public void Holds_all_419_municipalities_with_eight_digit_keys()
    {
        Assert.Equal(419, Gazetteer.All.Count);
        Assert.All(Gazetteer.All, t => Assert.Matches("^14[0-9]{6}$", t.Ags));
        Assert.Equal(419, Gazetteer.All.Select(t => t.Ags).Distinct().Count());
    }

    [Theory]
    [InlineData("Heidenau", "Heidenauer")]
    [InlineData("Dippoldiswalde", "Dippoldiswalder")]
    [InlineData("Pirna", "Pirnaer")]
    [InlineData("Dresden", "Dresdner")]
    [InlineData("Meißen", "Meißner")]
    [InlineData("Görlitz", "Görlitzer")]
    public void Makes_town_adjectives_by_rule(string name, string adjective) =>
        Assert.Contains(adjective, Gazetteer.Adjectives(name));

    [Theory]
    [InlineData("Budyšin", "Bautzen/Budyšin")]
    [InlineData("Łaz", "Lohsa/Łaz")]
    [InlineData("Hoyerswerda", "Hoyerswerda/Wojerecy")]
    [InlineData("Frankenberg", "Frankenberg/Sa.")]
    [InlineData("Seifhennersdorfs", "Seifhennersdorf")]
    [InlineData("Zittauer", "Zittau")]
    [InlineData("Wehlen", "Stadt Wehlen")]
    [InlineData("Sohland", "Sohland a. d. Spree")]
    [InlineData("Běła Woda", "Weißwasser/O.L./Běła Woda")]
    [InlineData("Weißwasseraner", "Weißwasser/O.L./Běła Woda")] // the gazetteer's adjective column
    public void Finds_every_form_of_a_name(string surface, string name)
    {
        var variant = Gazetteer.Find(surface);
        Assert.NotNull(variant);
        Assert.Equal(name, Assert.Single(variant.Towns).Name);
    }

    [Theory]
    [InlineData("Reichenbach", 2)]
    [InlineData("Oelsnitz", 2)]
    [InlineData("Bernsdorf", 2)]
    public void Keeps_every_entry_of_a_shared_name(string surface, int entries) =>
        Assert.Equal(entries, Gazetteer.Find(surface)!.Towns.Length);

    [Theory]
    [InlineData("Thum")]
    [InlineData("Horka")]
    [InlineData("Lauta")]
    [InlineData("Rosenbach")]
    [InlineData("Geyer")]
    public void Marks_names_that_are_also_words_or_surnames_as_weak(string surface) =>
        Assert.True(Gazetteer.Find(surface)!.Weak);

    [Theory]
    [InlineData("Johannegeorgenstadt", "Johanngeorgenstadt", 1)]
    [InlineData("Kirchberg", "Kirchberge", 1)]
    [InlineData("Annaberg", "Annaberg", 0)]
    public void Measures_edit_distance(string a, string b, int distance) =>
        Assert.Equal(distance, MunicipalityExtractor.EditDistance(a, b, 2));
}
