using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.ReleaseFields;

/// <summary>The release date: dateline first, the reported event's date second, never a date looked back to.</summary>
public class DateTests
{
    private const string Title = "Kommunale Prävention in Sachsen\n\n";

    [Theory]
    // Datelines.
    [InlineData("HEADER:01.11.2021|Borna tritt bei\n\nAm 28. Oktober 2021 unterzeichneten die Partner die Vereinbarung.", "2021-11-01", "dateline")]
    [InlineData("14.09.2023, 14:47 Uhr\n\n# Fachtag in Chemnitz\n\nRund 200 Gäste kamen.", "2023-09-14", "dateline")]
    [InlineData("# Präventionsrat in Zittau\n\nZittau, 8. Februar 2021\n\nDer Kommunale Präventionsrat hat sich konstituiert.", "2021-02-08", "dateline")]
    [InlineData("# Präventionsrat in Zittau\n\nZittau, 8. Februar 2021 – Heute hat sich der Präventionsrat konstituiert.", "2021-02-08", "dateline")]
    [InlineData("# Präventionsrat in Kamenz\n\nDie Stadt setzt auf Vorbeugung.\n\nVon Anna Berger\n\nKamenz, 3. Juni 2022. Der Kommunale Präventionsrat hat sich konstituiert.", "2022-06-03", "dateline")]
    [InlineData("Frankenberg tritt bei\n\n### Unterzeile\n\nFrankenberg/Sa., den 3. März 2022. Die Stadt ist nun dabei.", "2022-03-03", "dateline")]
    [InlineData("Datum: 12.10.2022\n\nTitel\n\nAm 10. Oktober 2022 trafen sich alle.", "2022-10-12", "dateline")]
    [InlineData("Titel\n\nEin erster Absatz ohne Datum.\n\n05.05.2021\n\nAm 3. Mai 2021 unterzeichneten beide.", "2021-05-05", "dateline")]
    // The reported event.
    [InlineData(Title + "Am 10. September 2021 unterzeichneten der Bürgermeister und der Polizeipräsident die Vereinbarung.", "2021-09-10", "body")]
    [InlineData(Title + "Auf dem Fachtag am heutigen 25. Juni 2021 sprachen 20 Referenten.", "2021-06-25", "body")]
    [InlineData(Title + "Am Dienstag, dem 3. Mai 2022, kam der Präventionsrat in Weißwasser/O.L. zusammen.", "2022-05-03", "body")]
    [InlineData(Title + "Am Mittwoch, 7. Dezember 2022 trafen sich die Koordinatoren in Meißen.", "2022-12-07", "body")]
    [InlineData(Title + "Am vergangenen Freitag, 5. Mai 2023, kamen in Lommatzsch alle Partner zusammen.", "2023-05-05", "body")]
    [InlineData(Title + "Heute, am 14.03.2023, hat der Stadtrat von Coswig den Beitritt beschlossen.", "2023-03-14", "body")]
    [InlineData(Title + "Am 2.11.2022 wurde in Bautzen der Kommunale Präventionsrat gegründet.", "2022-11-02", "body")]
    [InlineData(Title + "Am heutigen Donnerstag, 16. Februar 2023 beginnt in Delitzsch das Coaching.", "2023-02-16", "body")]
    [InlineData(Title + "Die seit dem 6. Februar 2019 bestehende Allianz wächst. Am 4. April 2022 unterzeichnete Riesa die Vereinbarung.", "2022-04-04", "body")]
    [InlineData(Title + "Am 6. Februar 2019 hatte der Minister die Allianz gestartet. Am heutigen 1. März 2022 folgt nun Zwenkau.", "2022-03-01", "body")]
    [InlineData(Title + "Am 3. Mai 2022 fand in Leipzig der vierte Fachtag statt. Anmeldeschluss war bis zum 1. Mai 2022.", "2022-05-03", "body")]
    // Looked back to, or no full date: null.
    [InlineData(Title + "Am 6. Februar 2019 hatte Innenminister Wöller die Allianz ins Leben gerufen.", null, "none")]
    [InlineData(Title + "Die Allianz besteht seit dem 6. Februar 2019 und wächst stetig.", null, "none")]
    [InlineData(Title + "Die Allianz wurde gegründet am 06.02.2019 in Dresden.", null, "none")]
    [InlineData(Title + "Wie in der Medieninformation vom 20. Januar 2021 berichtet, wächst der Verbund.", null, "none")]
    [InlineData(Title + "Am 6. Februar 2019 startete die Allianz Sichere Sächsische Kommunen mit acht Modellkommunen.", null, "none")]
    [InlineData(Title + "Die am 6. Februar 2019 gegründete Allianz hat viele Mitglieder.", null, "none")]
    [InlineData(Title + "Ein Text ohne Datum.\n\nHintergrund:\n\nAm 15. März 2020 trat Markneukirchen der Allianz bei.", null, "none")]
    [InlineData(Title + "Am 10. September unterzeichneten die Partner die Vereinbarung.", null, "none")]
    [InlineData(Title + "Am 31. Februar 2022 geschah nichts.", null, "none")]
    [InlineData(Title + "Anträge können bis zum 30. Juni 2022 gestellt werden, Förderbescheide folgen im Herbst 2022.", null, "none")]
    [InlineData(Title + "Bereits am 5. Mai 2021 hatte Seifhennersdorf unterschrieben; zuletzt am 3. Juni 2021 Ebersbach.", null, "none")]
    [InlineData(Title + "Die 2019 gestartete Allianz zählt 1.300 Teilnehmer in 12.2022 erfassten Kommunen.", null, "none")]
    public void Date_is_read_from_dateline_or_reported_event(string text, string? expected, string method)
    {
        if (text.StartsWith("HEADER:", StringComparison.Ordinal))
        {
            int bar = text.IndexOf('|');
            text = Texts.Header(text[7..bar]) + text[(bar + 1)..];
        }
        var release = Texts.Extract(text);
        Assert.Equal(expected, release.Date);
        Assert.Equal(method, release.DateMethod);
    }

    [Fact]
    public void Letterhead_date_in_the_middle_of_a_pdf_still_wins()
    {
        var text = "Treuen ist dabei\n\nAm 1. Juli 2022 hat Treuen unterschrieben, und der Bürgermeister freut sich über die\n"
                   + Texts.Header("04.07.2022") + "\nZusammenarbeit mit dem Landespräventionsrat.\n";
        var release = Texts.Extract(text);
        Assert.Equal("2022-07-04", release.Date);
    }
}
