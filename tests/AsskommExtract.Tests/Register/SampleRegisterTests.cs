using AsskommExtract.Register;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Register;

/// <summary>The register of the five sample releases: the check, town by town.</summary>
public sealed class SampleRegisterTests
{
    private static readonly MemberRegister Samples = RegisterSupport.Build(Repo.Samples);

    [Theory]
    [InlineData("Seifhennersdorf", "2021-05-05", null, "Görlitz", "002_")]
    [InlineData("Dippoldiswalde", "2021-11-01", null, "Sächsische Schweiz-Osterzgebirge", "000_")]
    [InlineData("Heidenau", "2023-08-09", 53, "Sächsische Schweiz-Osterzgebirge", "003_")]
    public void A_joining_town_has_its_date_ordinal_district_and_release(string name, string date, int? ordinal, string kreis, string release)
    {
        var member = RegisterSupport.Member(Samples, name);
        Assert.Equal(date, member.Joined);
        Assert.Equal(ordinal, member.Ordinal);
        Assert.Equal(kreis, member.Kreis);
        Assert.False(member.Founding);
        Assert.Contains(release, member.Taken[Steps.Joined].Source);
    }

    [Fact]
    public void The_eight_model_towns_are_founding_members_of_February_2019()
    {
        var founding = Samples.Members.Where(m => m.Founding).Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Chemnitz", "Freital", "Görlitz", "Leipzig", "Pirna", "Plauen", "Wurzen", "Zwickau"], founding);
        Assert.All(Samples.Members.Where(m => m.Founding), m =>
        {
            Assert.StartsWith("2019-02", m.Joined);
            Assert.Contains("001_", m.Taken[Steps.Joined].Source);
        });
    }

    [Fact]
    public void No_town_named_only_as_an_example_is_in_the_register()
    {
        // Examples in the samples' background paragraphs; Seifhennersdorf is an example in 000 and joins in 002 only.
        string[] examples = ["Lohsa", "Naunhof", "Ostritz", "Schirgiswalde-Kirschau", "Belgershain", "Parthenstein", "Eibenstock", "Johanngeorgenstadt", "Frankenberg", "Flöha"];
        Assert.DoesNotContain(Samples.Members, m => examples.Any(e => m.Name.StartsWith(e)));
        Assert.Equal(11, Samples.Members.Count);
        Assert.DoesNotContain(RegisterSupport.Member(Samples, "Seifhennersdorf").Reports, r => r.Source.Contains("000_"));
    }

    [Fact]
    public void The_samples_pass_every_check_and_fill_their_districts()
    {
        Assert.Empty(Samples.Checks);
        var sso = Assert.Single(Samples.Districts, d => d.Kreis == "Sächsische Schweiz-Osterzgebirge");
        Assert.Equal(4, sso.Members);
        Assert.Equal(["Freital", "Pirna", "Dippoldiswalde", "Heidenau"], sso.Towns);
        Assert.Equal(13, Samples.Districts.Count); // ten Landkreise and three kreisfreie Städte, also those without members
    }

    [Fact]
    public void The_member_series_counts_the_joins_up_to_each_date()
    {
        var series = Samples.MemberSeries();
        Assert.Equal([8, 9, 10, 11], series.Select(r => r.Value));
        Assert.Equal(["2021-05-05", "2021-11-01", "2023-08-09"], series.Skip(1).Select(r => r.Date));
        Assert.All(series, r => Assert.Equal(MemberRegister.MembersMetric, r.Metric));
    }
}
