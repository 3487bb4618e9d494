using AsskommExtract.Register;
using AsskommExtract.Results;

namespace AsskommExtract.Tests.Register;

/// <summary>The checks on hand-made reports: what must not fire (uncertain order, compatible dates, open totals) and the run they keep.</summary>
public sealed class RegisterCheckTests
{
    private static Release Release(string source, string? date, params MemberStep[] steps)
    {
        var r = new Release { Source = source, Date = date };
        r.Steps.AddRange(steps);
        return r;
    }

    private static MemberStep Join(string name, string? date, string basis = "release", int? ordinal = null) => new()
    {
        Ags = "14" + Math.Abs(name.GetHashCode() % 1000000).ToString("000000"), Name = name, Kreis = "Testkreis", Step = Steps.Joined,
        Date = date, DateBasis = basis, Ordinal = ordinal,
    };

    private static Metric Total(double value, string qualifier = "exact") => new() { Name = "kooperationsvereinbarungen", Value = value, Qualifier = qualifier };

    [Fact]
    public void A_year_and_a_day_of_that_year_are_not_ordered_so_their_ordinals_do_not_clash()
    {
        var register = MemberRegister.Build([
            Release("a", null, Join("Anna", "2023", "stated", 56)),
            Release("b", "2023-08-31", Join("Berta", "2023-08-31", ordinal: 54)),
        ]);
        Assert.Empty(register.Checks);
    }

    [Fact]
    public void A_date_the_news_release_can_contain_and_a_later_more_precise_date_agree()
    {
        var register = MemberRegister.Build([
            Release("a", "2020-02-12", Join("Anna", "2019-02", "stated")),
            Release("b", "2021-03-01", Join("Anna", "2019-02-06", "stated")),
            Release("c", "2022-05-05", Join("Berta", "2022-05-05")),
            Release("d", "2023-01-01", Join("Berta", "2022-04", "stated")), // stated before the news release: it may be right
        ]);
        Assert.Empty(register.Checks);
        Assert.Equal("2019-02-06", register.Members.Single(m => m.Name == "Anna").Joined);
        Assert.Equal("2022-04", register.Members.Single(m => m.Name == "Berta").Joined);
    }

    [Fact]
    public void Two_releases_each_reporting_the_join_as_news_on_different_days_clash()
    {
        var register = MemberRegister.Build([
            Release("a", "2022-05-05", Join("Anna", "2022-05-05")),
            Release("b", "2022-09-01", Join("Anna", "2022-09-01")),
        ]);
        var check = Assert.Single(register.Checks);
        Assert.Equal(RegisterCheck.JoinDateConflict, check.Kind);
        Assert.Equal(["a", "b"], check.Sources);
    }

    [Fact]
    public void A_total_with_über_or_rund_is_read_at_its_highest()
    {
        var joins = Enumerable.Range(1, 12).Select(i => Release($"j{i:00}", $"2021-01-{i:00}", Join($"Town{i}", $"2021-01-{i:00}"))).ToList();
        var over = Release("over", "2021-02-01");
        over.Metrics.Add(Total(10, "over"));
        var about = Release("about", "2021-02-01");
        about.Metrics.Add(Total(11, "about")); // up to 12.1
        var exact = Release("exact", "2021-02-01");
        exact.Metrics.Add(Total(11));
        var early = Release("early", "2021-01-05");
        early.Metrics.Add(Total(5)); // five joined by then, not six

        var register = MemberRegister.Build([.. joins, over, about, exact, early]);

        var check = Assert.Single(register.Checks);
        Assert.Equal(["exact"], check.Sources);
        Assert.Contains("12 municipalities", check.Message);
    }

    [Fact]
    public void The_longest_increasing_run_is_kept()
    {
        Assert.Equal([0, 2, 3], MemberRegister.LongestIncreasing([50, 53, 51, 52]).Order());
        Assert.Equal([0, 2], MemberRegister.LongestIncreasing([50, 53, 51]).Order()); // of equal runs, the one ending lowest
        Assert.Equal([1], MemberRegister.LongestIncreasing([53, 50]).Order()); // the 53rd before the 50th: the 53 is the one out
        Assert.Empty(MemberRegister.LongestIncreasing([]));
    }
}
