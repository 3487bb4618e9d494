using AsskommExtract.Register;
using AsskommExtract.Results;

namespace AsskommExtract.Tests.Register;

/// <summary>
/// Which sentences the step reader takes as a step of which town: the town's role and what the
/// sentence says of it decide, not the release's kind. Texts written for these tests.
/// </summary>
public sealed class StepStatementTests
{
    private static string Release(string date, string title, string body) => $"{date}\n\n{title}\n\n{body}\n";

    private static List<MemberStep> Steps(string text) => RegisterSupport.Extract(text).Steps;

    private static MemberStep Step(string text, string town, string step) =>
        Assert.Single(Steps(text), s => s.Name.StartsWith(town) && s.Step == step);

    [Fact]
    public void A_review_naming_example_towns_joins_nobody()
    {
        var text = Release("12.03.2024", "Fünf Jahre ASSKomm: Bilanz",
            "Inzwischen haben 58 Kommunen die Kooperationsvereinbarung unterzeichnet. Beigetreten sind kleine Gemeinden wie etwa Zschorlau, Jahnsdorf und Bobritzsch-Hilbersdorf ebenso wie Großstädte wie Leipzig und Chemnitz.");
        Assert.Empty(Steps(text));
    }

    [Fact]
    public void Towns_listed_with_the_subject_join_with_it()
    {
        var text = Release("04.10.2022", "Drei Städte im Erzgebirge treten ASSKomm bei",
            "Am Dienstag haben die Bürgermeister die Verträge vorgestellt: Marienberg, Olbernhau und Pockau-Lengefeld treten der Allianz Sichere Sächsische Kommunen bei.");
        var joined = Steps(text).Where(s => s.Step == AsskommExtract.Register.Steps.Joined).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Marienberg", "Olbernhau", "Pockau-Lengefeld"], joined);
        Assert.All(Steps(text), s => Assert.Equal("2022-10-04", s.Date));
    }

    [Fact]
    public void Another_town_with_its_own_date_gets_that_date_and_the_subjects_get_the_release_date()
    {
        var text = Release("17.03.2023", "Zuwachs im Norden: Eilenburg und Bad Düben unterzeichnen",
            "Nachdem Delitzsch im Jahr 2021 die Kooperationsvereinbarung unterzeichnet hat, sind heute auch Eilenburg und Bad Düben dem ASSKomm-Verbund beigetreten.");
        Assert.Equal("2021", Step(text, "Delitzsch", AsskommExtract.Register.Steps.Joined).Date);
        Assert.Equal("stated", Step(text, "Delitzsch", AsskommExtract.Register.Steps.Joined).DateBasis);
        Assert.Equal("2023-03-17", Step(text, "Eilenburg", AsskommExtract.Register.Steps.Joined).Date);
        Assert.Equal("release", Step(text, "Bad Düben", AsskommExtract.Register.Steps.Joined).DateBasis);
    }

    [Theory]
    [InlineData("Oschatz plant, im kommenden Jahr eine Sicherheitsanalyse in Auftrag zu geben.")]
    [InlineData("In Oschatz soll noch in diesem Jahr ein Kommunaler Präventionsrat gegründet werden.")]
    [InlineData("Der Stadtrat von Oschatz hat beschlossen, einen Kommunalen Präventionsrat zu gründen.")]
    [InlineData("Oschatz wurde als 120. Kommune vom Landespräventionsrat im Rahmen von ASSKomm beraten.")]
    [InlineData("Mit Unterstützung von ASSKomm werden in Oschatz Arbeitskreise eingerichtet und eine Sicherheitsanalyse durchgeführt.")]
    [InlineData("Der Bürgermeister von Oschatz unterzeichnete eine Vorvereinbarung im Rahmen von ASSKomm.")]
    [InlineData("Oschatz ist bereits Mitglied im ASSKomm-Verbund und hat schon die Kooperationsvereinbarung unterzeichnet.")]
    public void Plans_decisions_advice_and_undated_earlier_steps_are_no_steps(string sentence)
    {
        var text = Release("05.05.2022", "Oschatz setzt auf Prävention", sentence);
        Assert.Empty(Steps(text));
    }

    [Fact]
    public void Council_analysis_and_coaching_steps_are_read()
    {
        var text = Release("21.09.2022", "Präventionsarbeit in Zschopau",
            "In Zschopau hat sich heute der Kommunale Präventionsrat konstituiert. Die Sicherheitsanalyse für Zschopau ist abgeschlossen. Zudem hat in Zschopau das ASSKomm-Coaching begonnen.");
        Assert.Equal(
            [AsskommExtract.Register.Steps.KprFounded, AsskommExtract.Register.Steps.AnalysisFinished, AsskommExtract.Register.Steps.CoachingStarted],
            Steps(text).Select(s => s.Step));
        Assert.All(Steps(text), s => Assert.Equal("2022-09-21", s.Date));
    }

    [Fact]
    public void A_sentence_naming_no_town_speaks_of_the_one_subject_when_it_says_die_Stadt()
    {
        var text = Release("30.01.2024", "Rochlitz tritt ASSKomm-Verbund bei",
            "Rochlitz hat heute die Kooperationsvereinbarung unterzeichnet. Zudem hat die Stadt einen Kommunalen Präventionsrat gegründet.");
        var kpr = Step(text, "Rochlitz", AsskommExtract.Register.Steps.KprFounded);
        Assert.Equal("2024-01-30", kpr.Date);
        Assert.StartsWith("Zudem hat die Stadt", kpr.Evidence);
    }

    [Fact]
    public void An_ordinal_within_a_district_is_not_the_ordinal_of_the_Verbund()
    {
        var text = Release("11.11.2022", "Nossen wird 48. Kommune im »ASSKomm«-Verbund",
            "Die Stadt Nossen ist nunmehr die vierte Kommune, die sich der Landesstrategie ASSKomm im Landkreis Meißen anschließt.");
        var join = Step(text, "Nossen", AsskommExtract.Register.Steps.Joined);
        Assert.Equal(48, join.Ordinal);
    }

    [Fact]
    public void A_date_in_the_sentence_dates_the_step_and_a_date_modifying_a_noun_does_not()
    {
        var dated = Release("14.06.2022", "Pulsnitz tritt ASSKomm-Verbund bei",
            "Am 13. Juni 2022 haben Bürgermeisterin Barbara Lüke und der Landespräventionsrat in Pulsnitz die Kooperationsvereinbarung unterzeichnet.");
        Assert.Equal("2022-06-13", Step(dated, "Pulsnitz", AsskommExtract.Register.Steps.Joined).Date);
        var attributive = Release("14.06.2022", "Pulsnitz tritt bei",
            "Pulsnitz ist heute der 2019 gegründeten Allianz Sichere Sächsische Kommunen beigetreten.");
        Assert.Equal("2022-06-14", Step(attributive, "Pulsnitz", AsskommExtract.Register.Steps.Joined).Date);
    }

    [Fact]
    public void A_release_the_kind_rule_finds_not_about_ASSKomm_has_no_steps()
    {
        var text = Release("02.02.2023", "Freiwillige Feuerwehr Hainichen tritt dem Kreisfeuerwehrverband bei",
            "Die Stadt Hainichen hat heute die Vereinbarung unterzeichnet und ist dem Verband beigetreten.");
        var release = RegisterSupport.Extract(text);
        Assert.Equal("sonstiges", release.Kind);
        Assert.Empty(release.Steps);
    }

    [Fact]
    public void The_default_pipeline_reads_no_steps()
    {
        var text = Release("14.06.2022", "Pulsnitz tritt ASSKomm-Verbund bei", "Pulsnitz hat heute die Kooperationsvereinbarung unterzeichnet.");
        Assert.Empty(Support.Texts.Extract(text).Steps);
        Assert.NotEmpty(RegisterSupport.Extract(text).Steps);
    }
}
