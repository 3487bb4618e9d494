using AsskommExtract.Extractors.Municipalities;
using AsskommExtract.Results;

namespace AsskommExtract.Register;

/// <summary>A step as one release reports it.</summary>
public sealed record StepReport(MemberStep Step, string Source, string? ReleaseDate);

/// <summary>One municipality of the register: the step each release reported, the one taken per kind, and the checks it failed.</summary>
public sealed class Member
{
    public required string Ags { get; init; }
    public required string Name { get; init; }
    public required string Kreis { get; init; }

    /// <summary>Every report, in input order.</summary>
    public List<StepReport> Reports { get; } = [];

    /// <summary>Per step (<see cref="Steps"/>), the report the register takes: the earliest, dated as precisely as a report that agrees with it.</summary>
    public Dictionary<string, StepReport> Taken { get; } = [];

    /// <summary>The date taken for a step, as precise as the reports allow.</summary>
    public Dictionary<string, string?> Dates { get; } = [];

    /// <summary>The kinds of <see cref="RegisterCheck"/> this town is named in.</summary>
    public SortedSet<string> Checks { get; } = new(StringComparer.Ordinal);

    public string? Joined => Dates.GetValueOrDefault(Steps.Joined);
    public int? Ordinal => Taken.ContainsKey(Steps.Joined) ? Reports.Where(x => x.Step.Step == Steps.Joined && x.Step.Ordinal is not null
        && Agrees(x, Joined)).Select(x => x.Step.Ordinal).FirstOrDefault() : null;
    public bool Founding => Reports.Any(r => r.Step.Step == Steps.Joined && r.Step.Founding);

    internal static bool Agrees(StepReport r, string? date) => date is null || r.Step.Date is null || StatedDates.Compatible(r.Step.Date, date);
}

/// <summary>A consistency check that failed: its kind, the towns and releases concerned, and what it found.</summary>
public sealed record RegisterCheck(string Kind, string? Ags, string? Name, IReadOnlyList<string> Sources, string Message)
{
    /// <summary>An ordinal that does not fit the order of the joins (the 53rd joining before the 50th).</summary>
    public const string OrdinalOrder = "ordinal_order";
    /// <summary>Two releases give one town different join dates.</summary>
    public const string JoinDateConflict = "join_date_conflict";
    /// <summary>A reported number of Kooperationsvereinbarungen below the towns already seen joining.</summary>
    public const string TotalLags = "total_lags";
}

/// <summary>A district (Landkreis or kreisfreie Stadt) with its members and councils.</summary>
public sealed record DistrictRow(string Kreis, int Members, int Kpr, int Municipalities, IReadOnlyList<string> Towns);

/// <summary>
/// The ASSKomm register rebuilt from releases: one <see cref="Member"/> per municipality any release
/// reports a step of, the consistency checks, and the district table. Add releases in input order
/// (<see cref="Add"/>, memory is a few steps per release), then <see cref="Build"/>.
/// </summary>
public sealed class MemberRegister
{
    private readonly Dictionary<string, Member> _members = new(StringComparer.Ordinal);
    private readonly List<(string Source, string Date, Metric Total)> _totals = [];

    public IReadOnlyList<Member> Members { get; private set; } = [];
    public IReadOnlyList<RegisterCheck> Checks { get; private set; } = [];
    public IReadOnlyList<DistrictRow> Districts { get; private set; } = [];

    public void Add(Release release)
    {
        if (release.Failed) return;
        foreach (var step in release.Steps)
        {
            if (!_members.TryGetValue(step.Ags, out var member))
                _members[step.Ags] = member = new Member { Ags = step.Ags, Name = step.Name, Kreis = step.Kreis };
            member.Reports.Add(new StepReport(step, release.Source, release.Date));
        }
        if (release.Date is null) return;
        foreach (var m in release.Metrics)
            if (m.Name == "kooperationsvereinbarungen") _totals.Add((release.Source, release.Date, m));
    }

    public static MemberRegister Build(IEnumerable<Release> releases)
    {
        var register = new MemberRegister();
        foreach (var r in releases) register.Add(r);
        return register.Build();
    }

    public MemberRegister Build()
    {
        foreach (var member in _members.Values) Take(member);
        var checks = new List<RegisterCheck>();
        checks.AddRange(JoinDateConflicts());
        checks.AddRange(OrdinalsOutOfOrder());
        checks.AddRange(TotalsThatLag());
        foreach (var c in checks)
            if (c.Ags is not null) _members[c.Ags].Checks.Add(c.Kind);
        Checks = checks;
        Members = _members.Values
            .OrderBy(m => m.Joined is null).ThenBy(m => m.Joined is null ? "" : StatedDates.FirstDay(m.Joined), StringComparer.Ordinal)
            .ThenBy(m => m.Ordinal ?? int.MaxValue).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        Districts = DistrictTable();
        return this;
    }

    /// <summary>
    /// Per step, the earliest report (by the first day its date can mean; undated ones last), and of the
    /// reports that agree with it the most precise date: "2019-02" and "2019-02-06" make 2019-02-06.
    /// </summary>
    private static void Take(Member member)
    {
        foreach (var group in member.Reports.GroupBy(r => r.Step.Step))
        {
            var first = group.OrderBy(r => r.Step.Date is null).ThenBy(r => r.Step.Date is null ? "" : StatedDates.FirstDay(r.Step.Date), StringComparer.Ordinal).First();
            member.Taken[group.Key] = first;
            member.Dates[group.Key] = group.Where(r => r.Step.Date is not null && Member.Agrees(r, first.Step.Date))
                .Select(r => r.Step.Date).MaxBy(d => d!.Length) ?? first.Step.Date;
        }
    }

    /// <summary>
    /// Join reports of one town that cannot all be true: two stated dates that cannot mean the same day,
    /// two releases each reporting the join as their own news on different days, or a stated date after
    /// a release that already reported the join. One check per town, naming every release involved.
    /// </summary>
    private IEnumerable<RegisterCheck> JoinDateConflicts()
    {
        foreach (var member in _members.Values)
        {
            var joins = member.Reports.Where(r => r.Step.Step == Steps.Joined && r.Step.Date is not null).ToList();
            var clashing = new HashSet<StepReport>();
            for (int i = 0; i < joins.Count; i++)
                for (int j = i + 1; j < joins.Count; j++)
                    if (joins[i].Source != joins[j].Source && Clash(joins[i], joins[j])) clashing.UnionWith([joins[i], joins[j]]);
            if (clashing.Count == 0) continue;
            var ordered = joins.Where(clashing.Contains).ToList();
            yield return new RegisterCheck(RegisterCheck.JoinDateConflict, member.Ags, member.Name, ordered.Select(r => r.Source).Distinct().ToList(),
                $"{member.Name}: releases give different join dates: {string.Join(", ", ordered.Select(r => $"{r.Step.Date} ({r.Source})"))}");
        }
    }

    private static bool Clash(StepReport a, StepReport b)
    {
        var (da, db) = (a.Step.Date!, b.Step.Date!);
        if (a.Step.DateBasis == "stated" && b.Step.DateBasis == "stated") return !StatedDates.Compatible(da, db);
        if (a.Step.DateBasis == "release" && b.Step.DateBasis == "release") return da != db;
        // A release's own date is the latest the join can have happened.
        var (stated, reported) = a.Step.DateBasis == "stated" ? (da, db) : (db, da);
        return string.CompareOrdinal(StatedDates.FirstDay(stated), reported) > 0;
    }

    /// <summary>
    /// The joins with an ordinal, in date order, should count up. The longest run that does is taken as
    /// right; a join outside it is one check when it certainly contradicts a join of that run (one of
    /// them certainly earlier: "2023" and "2023-08-31" are not ordered), naming that join.
    /// </summary>
    private IEnumerable<RegisterCheck> OrdinalsOutOfOrder()
    {
        var joins = _members.Values
            .Where(m => m.Joined is not null && m.Ordinal is not null)
            .Select(m => (Member: m, First: StatedDates.FirstDay(m.Joined!), Last: StatedDates.LastDay(m.Joined!), Ordinal: m.Ordinal!.Value, Source: OrdinalSource(m)))
            .OrderBy(j => j.First, StringComparer.Ordinal).ThenBy(j => j.Ordinal).ToList();
        var keep = LongestIncreasing(joins.Select(j => j.Ordinal).ToList());
        bool Before(int a, int b) => string.CompareOrdinal(joins[a].Last, joins[b].First) < 0;
        for (int i = 0; i < joins.Count; i++)
        {
            if (keep.Contains(i)) continue;
            var j = joins[i];
            int other = keep.Order().FirstOrDefault(k => Before(k, i) && joins[k].Ordinal >= j.Ordinal || Before(i, k) && joins[k].Ordinal <= j.Ordinal, -1);
            if (other < 0) continue;
            var o = joins[other];
            yield return new RegisterCheck(RegisterCheck.OrdinalOrder, j.Member.Ags, j.Member.Name, [j.Source, o.Source],
                $"{j.Member.Name}: joined as no. {j.Ordinal} on {j.Member.Joined} ({j.Source}), but {o.Member.Name} was no. {o.Ordinal} " +
                $"{(other < i ? "earlier" : "later")}, on {o.Member.Joined} ({o.Source})");
        }
    }

    private static string OrdinalSource(Member m) =>
        m.Reports.First(r => r.Step.Step == Steps.Joined && r.Step.Ordinal == m.Ordinal).Source;

    /// <summary>Indexes of one longest strictly increasing subsequence (patience sorting, n log n); of equally long ones, the one ending lowest.</summary>
    internal static HashSet<int> LongestIncreasing(IReadOnlyList<int> values)
    {
        var tails = new List<int>(); // index of the smallest tail of each run length
        var previous = new int[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (values[tails[mid]] < values[i]) lo = mid + 1; else hi = mid;
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i); else tails[lo] = i;
        }
        var keep = new HashSet<int>();
        for (int i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i]) keep.Add(i);
        return keep;
    }

    /// <summary>
    /// A release's number of Kooperationsvereinbarungen (its highest reading: "über 50" has no upper
    /// bound, "rund 50" up to 55) below the towns certainly joined by its date: one check per release.
    /// </summary>
    private IEnumerable<RegisterCheck> TotalsThatLag()
    {
        var joined = _members.Values.Where(m => m.Joined is not null)
            .Select(m => (Member: m, LastDay: StatedDates.LastDay(m.Joined!))).OrderBy(j => j.LastDay, StringComparer.Ordinal).ToList();
        foreach (var release in _totals.GroupBy(t => t.Source))
        {
            var (source, date, _) = release.First();
            double highest = release.Max(t => Highest(t.Total));
            var before = joined.Where(j => string.CompareOrdinal(j.LastDay, date) <= 0).ToList();
            if (before.Count <= highest) continue;
            var total = release.MaxBy(t => Highest(t.Total)).Total;
            var last = before[^1].Member;
            yield return new RegisterCheck(RegisterCheck.TotalLags, null, null, [source],
                $"{source} ({date}) reports {Output.Series.SeriesMetrics.Show(total.Value, total.Qualifier)} Kooperationsvereinbarungen, " +
                $"but {before.Count} municipalities were seen joining by then (the latest: {last.Name}, {last.Joined}, {last.Taken[Steps.Joined].Source})");
        }
    }

    private static double Highest(Metric m) => m.Qualifier switch
    {
        "over" or "at_least" => double.PositiveInfinity,
        "about" => m.Value * 1.1,
        _ => m.Value,
    };

    /// <summary>Every district of the gazetteer with its members (joined), councils founded and the members' names.</summary>
    private List<DistrictRow> DistrictTable()
    {
        var towns = Gazetteer.All.GroupBy(t => t.Kreis).ToDictionary(g => g.Key, g => g.Count());
        return towns.Keys.Select(kreis =>
        {
            var here = Members.Where(m => m.Kreis == kreis).ToList();
            var joined = here.Where(m => m.Joined is not null).ToList();
            return new DistrictRow(kreis, joined.Count, here.Count(m => m.Taken.ContainsKey(Steps.KprFounded)), towns[kreis],
                joined.Select(m => m.Name).ToList());
        }).OrderByDescending(d => d.Members).ThenBy(d => d.Kreis, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The number of members over time: for each date a town joined (a month or year at its first day),
    /// how many had joined by then. A reconstruction from what the releases report, so a lower bound.
    /// </summary>
    public IReadOnlyList<Output.Series.SeriesRow> MemberSeries()
    {
        var rows = new List<Output.Series.SeriesRow>();
        int count = 0;
        foreach (var day in Members.Where(m => m.Joined is not null).GroupBy(m => StatedDates.FirstDay(m.Joined!)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            count += day.Count();
            var names = day.Select(m => m.Name).ToList();
            rows.Add(new Output.Series.SeriesRow(day.Key, MembersMetric, count, "at_least", null, day.First().Taken[Steps.Joined].Source,
                $"joined: {string.Join(", ", names)}"));
        }
        return rows;
    }

    /// <summary>The series name of the reconstructed member count (series -m members).</summary>
    public const string MembersMetric = "members";
}
