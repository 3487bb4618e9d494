using AsskommExtract.Extractors.Quotes;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Results;
using AsskommExtract.Text;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Quotes;

public class SpeakerIdTests
{
    private static Release With(params (string Speaker, string Role)[] quotes) => new()
    {
        Source = "x.txt",
        Quotes = quotes.Select(q => new Quote { Speaker = q.Speaker, Role = q.Role, Text = "…" }).ToList(),
    };

    private static List<string> Ids(params Release[] releases)
    {
        var ids = new SpeakerIds();
        foreach (var r in releases) ids.Annotate(r);
        return releases.SelectMany(r => r.Quotes).Select(q => q.SpeakerId).ToList();
    }

    [Fact]
    public void Full_name_surname_role_form_and_misspelling_are_one_person()
    {
        var ids = Ids(
            With(("Roland Wöller", "Innenminister")),
            With(("Wöller", ""), ("Wöller", "Innenminister")),
            With(("Roland Wöllner", "Innenminister")));
        Assert.Single(ids.Distinct());
        Assert.Equal("roland-woeller", ids[0]);
    }

    [Fact]
    public void A_misspelt_full_name_first_then_the_surname_alone_with_the_role()
    {
        var ids = Ids(With(("Roland Wöllner", "Innenminister")), With(("Wöller", ""), ("Wöller", "Innenminister")));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public void Namesakes_with_different_first_names_are_two_people()
    {
        var ids = Ids(With(("Anna Schmidt", "Bürgermeisterin")), With(("Peter Schmidt", "Polizeipräsident")));
        Assert.Equal(["anna-schmidt", "peter-schmidt"], ids);
    }

    [Fact]
    public void A_near_surname_without_shared_first_name_or_role_is_another_person()
    {
        var ids = Ids(With(("Karl Meier", "Landrat")), With(("Maier", "Bürgermeister")));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void Surname_alone_goes_to_the_namesake_with_the_same_role()
    {
        var ids = Ids(With(("Anna Schmidt", "Bürgermeisterin"), ("Peter Schmidt", "Polizeipräsident")), With(("Schmidt", "Polizeipräsident")));
        Assert.Equal(ids[1], ids[2]);
    }

    [Fact]
    public void Ids_in_a_parallel_run_follow_input_order()
    {
        var dir = Directory.CreateTempSubdirectory("quotes-ids");
        try
        {
            string[] bodies =
            [
                "Innenminister Prof. Dr. Roland Wöllner: »Wir sind ein starkes Netzwerk.«",
                "Wöller: »Prävention wirkt«\n\nInnenminister Wöller: »Die Allianz wächst weiter und wird stärker.«",
                "Innenminister Prof. Dr. Roland Wöller: »Heute ist ein guter Tag für die Sicherheit.«",
                "Bürgermeisterin Anna Wöller: »Unsere Stadt ist dabei.«",
            ];
            var inputs = new List<Input>();
            for (int i = 0; i < bodies.Length; i++)
            {
                var path = Path.Combine(dir.FullName, $"{i}.txt");
                File.WriteAllText(path, Texts.Header("01.02.2022") + "Titel der Meldung\n\n" + bodies[i] + "\n");
                inputs.Add(new Input(path, path));
            }
            var pipeline = PipelineFactory.CreateDefault();
            var first = pipeline.Run(inputs, parallelism: 2).SelectMany(r => r.Quotes).Select(q => q.SpeakerId).ToList();
            var second = pipeline.Run(inputs, parallelism: 2).SelectMany(r => r.Quotes).Select(q => q.SpeakerId).ToList();
            Assert.Equal(5, first.Count);
            Assert.Equal(first, second);
            Assert.Single(first.Take(4).Distinct());
            Assert.NotEqual(first[0], first[4]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Within_one_edit_agrees_with_the_levenshtein_distance()
    {
        var random = new Random(7);
        string Word() => new(Enumerable.Range(0, random.Next(0, 8)).Select(_ => "abcä"[random.Next(4)]).ToArray());
        for (int n = 0; n < 20_000; n++)
        {
            string a = Word(), b = random.Next(3) == 0 ? Word() : Mutate(a, random);
            Assert.True(TextSimilarity.Levenshtein(a, b) <= 1 == SpeakerIds.WithinOneEdit(a, b), $"'{a}' / '{b}'");
        }
    }

    private static string Mutate(string s, Random random)
    {
        int at = random.Next(s.Length + 1);
        return random.Next(3) switch
        {
            0 => s.Insert(at, "b"),
            1 when at < s.Length => s.Remove(at, 1),
            _ when at < s.Length => s.Remove(at, 1).Insert(at, "c"),
            _ => s,
        };
    }

    [Fact]
    public void Near_surnames_are_found_among_many_people_by_insertion_deletion_and_substitution_and_need_the_same_role()
    {
        var people = Enumerable.Range(0, 300).Select(i => With(($"Vorname{i} Nachname{i:D3}x", "Landrat"))).ToArray();
        var ids = new SpeakerIds();
        foreach (var r in people) ids.Annotate(r);
        var misspelt = With(("Nachname123", "Landrat"), ("Nachname124xy", "Landrat"), ("Nachname125y", "Landrat"), ("Nachname127", "Bürgermeister"));
        ids.Annotate(misspelt);
        Assert.Equal(["vorname123-nachname123x", "vorname124-nachname124x", "vorname125-nachname125x", "nachname127"],
            misspelt.Quotes.Select(q => q.SpeakerId));
    }

    [Fact]
    public void A_release_of_speakers_seen_before_allocates_nothing_whatever_the_number_of_people()
    {
        var ids = new SpeakerIds();
        for (int i = 0; i < 1_000; i++) ids.Annotate(With(($"Vorname{i} Nachname{i:D4}", "Landrat")));
        var again = With(("Vorname500 Nachname0500", "Landrat"), ("Nachname0500", ""), ("Nachname0501", "Landrat"));
        ids.Annotate(again);
        long before = GC.GetAllocatedBytesForCurrentThread();
        ids.Annotate(again);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
