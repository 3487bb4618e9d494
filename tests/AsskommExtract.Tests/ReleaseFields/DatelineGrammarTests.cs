using AsskommExtract.Extractors.Dates;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.ReleaseFields;

/// <summary>
/// The one dateline grammar (Extractors/Dates/Dateline.cs) that every reader and the date extractor use:
/// which lines are datelines, which are site headers, which are no date at all.
/// </summary>
public class DatelineGrammarTests
{
    [Theory]
    [InlineData("03.05.2024", "2024-05-03")]
    [InlineData("14.03.2023, 09:05 Uhr — Erstveröffentlichung (aktuell)", "2023-03-14")]
    [InlineData("07.11.2022, 16:40 Uhr – Aktualisiert", "2022-11-07")]
    [InlineData("19.01.2020, 08:12 Uhr | epd", "2020-01-19")]
    [InlineData("02.02.2022 (aktuell)", "2022-02-02")]
    [InlineData("veröffentlicht am: 11.04.2019", "2019-04-11")]
    [InlineData("Veröffentlicht am 11.04.2019", "2019-04-11")]
    [InlineData("Datum: 30.06.2021", "2021-06-30")]
    [InlineData("Medieninformation 07/2022 vom 15.03.2022", "2022-03-15")]
    [InlineData("[3. Juni 2020]", "2020-06-03")]
    [InlineData("Riesa, 4. März 2022", "2022-03-04")]
    [InlineData("Gemeinde Lichtenau, den 21. 09. 2020", "2020-09-21")]
    [InlineData("Bad Schandau, 9. Dez. 2021", "2021-12-09")]
    [InlineData("05 I 14. Juni 2022", "2022-06-14")]
    [InlineData("Mittwoch, 6. April 2022", "2022-04-06")]
    [InlineData("11.09.2023 | 14:20", "2023-09-11")] // the time after a bar or a dash, "Uhr" or not
    [InlineData("11.09.2023 - 14:20 Uhr", "2023-09-11")]
    [InlineData("(11.09.2023)", "2023-09-11")]
    [InlineData("11.09.23", "2023-09-11")] // a whole line's short year
    [InlineData("2023-09-11", "2023-09-11")] // a whole line's ISO date
    [InlineData("von Jana Muster | 11.09.2023", "2023-09-11")] // a byline before the date
    public void A_dateline_gives_its_date(string line, string iso)
    {
        var read = Dateline.Read(line);
        Assert.NotNull(read);
        Assert.Equal(DatelineKind.Dateline, read.Value.Kind);
        Assert.Equal(iso, read.Value.Iso);
        Assert.True(Dateline.IsDateline(line));
    }

    [Theory]
    [InlineData("Dienstag, 11.03.2025 (11.KW)", "2025-03-11")]
    [InlineData("Freitag, 2. Mai 2025 · 18 °C", "2025-05-02")]
    public void A_site_header_date_is_not_the_dateline(string line, string iso)
    {
        var read = Dateline.Read(line);
        Assert.Equal(DatelineKind.SiteHeader, read?.Kind);
        Assert.Equal(iso, read?.Iso);
        Assert.False(Dateline.IsDateline(line));
    }

    [Theory]
    [InlineData(" date 2022-04 Meißen")] // a crawler's prefix: year and month only
    [InlineData("12. Mai")] // day and month without a year
    [InlineData("2021")]
    [InlineData("Am 3. Mai 2021 unterzeichneten die Partner die Vereinbarung.")] // a sentence
    [InlineData("+++ 18. 10. 2021 Wertstoffhof geschlossen +++")] // a ticker
    [InlineData("Seit 5. Mai 2021, 10:00 Uhr")]
    [InlineData("11.09.2023 – 10.000 Euro für die Prävention")] // a figure after the date is no time
    [InlineData("Die Partner trafen sich am 11.09.23 im Rathaus.")]
    public void Not_a_dateline(string line) => Assert.False(Dateline.IsDateline(line));

    [Theory]
    [InlineData("Stadt Treuen gründet Präventionsrat veröffentlicht am: 02.03.2021", "Stadt Treuen gründet Präventionsrat", "2021-03-02")]
    [InlineData("Neuer Partner im Verbund 05.10.2022, 10:30 Uhr — Erstveröffentlichung (aktuell)", "Neuer Partner im Verbund", "2022-10-05")]
    [InlineData("14.02.2019 – SMI: Polizeireform beschlossen", "SMI: Polizeireform beschlossen", "2019-02-14")]
    public void A_dateline_glued_to_the_headline_comes_off(string line, string headline, string iso) =>
        Assert.Equal((headline, iso), Dateline.SplitGlued(line));

    [Theory]
    [InlineData("Meißen, 3. November 2020. Wer in der Altstadt unterwegs ist, …", "2020-11-03")]
    [InlineData("Foto zu Sicherheit im ParkMeißen, 3. November 2020. Wer in der Altstadt …", "2020-11-03")]
    [InlineData("Der Stadtrat hat in seiner heutigen Sitzung [17. Juni 2019] das Konzept beschlossen.", "2019-06-17")]
    public void A_dateline_opening_a_paragraph_is_found(string paragraph, string iso) => Assert.Equal(iso, Dateline.InParagraph(paragraph));

    [Fact]
    public void A_town_in_a_sentence_before_a_date_is_no_dateline() =>
        Assert.Null(Dateline.InParagraph("Der Minister sprach in Meißen, 3. November 2020 war ein guter Tag."));

    [Theory]
    [InlineData("Fürs Quartier\n\n14.03.2023, 09:05 Uhr — Erstveröffentlichung (aktuell)\n\nHeute hat die Stadt Brand-Erbisdorf eine Vereinbarung unterzeichnet, die alle Partner bindet.", "2023-03-14")]
    [InlineData("Sicher wohnen in Thum\n\nveröffentlicht am: 11.04.2019\n\nDie Stadt hat heute ihren Präventionsrat gegründet, der dreimal im Jahr tagt.", "2019-04-11")]
    [InlineData("Anzeige\nMontag, 04.11.2024 (45.KW)\nLokales\nMarienberg tritt bei\n\nDer Stadtrat hat zugestimmt, die Vereinbarung am 30. Oktober zu unterschreiben, wie die Stadt mitteilt.", "2024-11-04")]
    [InlineData("Kommunen beraten\n\nAm 9. März 2022 wurde Lunzenau als 110. Kommune im Rahmen der am 6. Februar 2019 ins Leben gerufenen Allianz beraten.", "2022-03-09")]
    public void The_date_extractor_reads_the_page_as_a_reader(string page, string iso) => Assert.Equal(iso, Texts.Extract(page).Date);
}
