using AsskommExtract.Register;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Register;

/// <summary>
/// Register/Corpus: eight releases written for this test (ministry and news styles, towns none of the
/// samples is about) that tell one story of joins with three flaws, each of which one check must find once:
/// 04 makes Oederan the 14th member between the 10th (03) and the 11th (05); 07 dates Kamenz's joining to
/// October 2020 although 03 reported it on 3 September 2020; 08 counts 10 Kooperationsvereinbarungen when
/// eleven towns (six founding members, five joins) were seen joining. Traps that must not become steps:
/// example towns in the reviews (01, 08), a town advised as the hundredth (08), plans (06), a council only decided (02).
/// </summary>
public sealed class RegisterCorpusTests
{
    private static readonly string Corpus = Repo.Path_("tests", "AsskommExtract.Tests", "Register", "Corpus");
    private static readonly MemberRegister Register = RegisterSupport.Build(Corpus);

    [Fact]
    public void Each_check_fires_once()
    {
        Assert.Equal([RegisterCheck.JoinDateConflict, RegisterCheck.OrdinalOrder, RegisterCheck.TotalLags], Register.Checks.Select(c => c.Kind));
    }

    [Fact]
    public void The_ordinal_out_of_order_names_the_join_and_the_one_it_contradicts()
    {
        var check = Assert.Single(Register.Checks, c => c.Kind == RegisterCheck.OrdinalOrder);
        Assert.Equal("Oederan", check.Name);
        Assert.Equal(["04-oederan.txt", "05-brand-erbisdorf.txt"], check.Sources.Select(Path.GetFileName));
        Assert.Contains("no. 14", check.Message);
        Assert.Contains("Brand-Erbisdorf was no. 11 later", check.Message);
        Assert.Contains(RegisterCheck.OrdinalOrder, RegisterSupport.Member(Register, "Oederan").Checks);
    }

    [Fact]
    public void The_second_join_date_names_both_releases()
    {
        var check = Assert.Single(Register.Checks, c => c.Kind == RegisterCheck.JoinDateConflict);
        Assert.StartsWith("Kamenz", check.Name);
        Assert.Equal(["03-kamenz.txt", "07-kamenz-kpr.txt"], check.Sources.Select(Path.GetFileName));
        Assert.Contains("2020-09-03", check.Message);
        Assert.Contains("2020-10", check.Message);
        // The register keeps the earliest report; the Präventionsrat of 07 is dated by 07, not by the join's date in its sentence.
        var kamenz = RegisterSupport.Member(Register, "Kamenz");
        Assert.Equal("2020-09-03", kamenz.Joined);
        Assert.Equal(10, kamenz.Ordinal);
        Assert.Equal("2021-06-01", kamenz.Dates[Steps.KprFounded]);
    }

    [Fact]
    public void The_lagging_total_names_its_release()
    {
        var check = Assert.Single(Register.Checks, c => c.Kind == RegisterCheck.TotalLags);
        Assert.Equal(["08-bilanz-2021.txt"], check.Sources.Select(Path.GetFileName));
        Assert.Contains("10 Kooperationsvereinbarungen", check.Message);
        Assert.Contains("11 municipalities", check.Message);
        Assert.Null(check.Ags);
    }

    [Fact]
    public void The_register_lists_the_founders_and_the_joins_and_nothing_from_the_traps()
    {
        Assert.Equal(
            ["Annaberg-Buchholz", "Bautzen/Budyšin", "Döbeln", "Markkleeberg", "Meißen", "Riesa", "Treuen", "Kamenz/Kamjenc", "Oederan", "Brand-Erbisdorf", "Markneukirchen"],
            Register.Members.Select(m => m.Name));
        Assert.All(Register.Members.Take(6), m => Assert.Equal("2019-02-11", m.Joined)); // "im Februar 2019", made precise by "Am 11. Februar 2019"
        Assert.Equal([9, 10, 14, 11, 12], Register.Members.Skip(6).Select(m => m.Ordinal ?? 0));
        Assert.All(Register.Members, m => Assert.DoesNotContain(Steps.AnalysisStarted, m.Taken.Keys));
        Assert.All(Register.Members, m => Assert.DoesNotContain(Steps.CoachingStarted, m.Taken.Keys));
        Assert.DoesNotContain(Steps.KprFounded, RegisterSupport.Member(Register, "Treuen").Taken.Keys);
    }
}
