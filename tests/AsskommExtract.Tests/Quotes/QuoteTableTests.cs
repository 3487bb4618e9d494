using System.Text;
using AsskommExtract.Output;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Quotes;

public class QuoteTableTests
{
    [Fact]
    public void Quotes_table_has_one_row_per_quote_with_speaker_id_and_role()
    {
        var release = Texts.Extract(Texts.Header("03.04.2023") + "Titel\n\nLandrat Udo Witschas: »Wir sind dabei, sagen wir.«\n");
        release.Quotes[0].SpeakerId = "udo-witschas";
        using var ms = new MemoryStream();
        using (var sink = new CsvTableSink(ms, Table.Quotes))
        {
            sink.Write(release);
            sink.Complete();
        }
        var lines = Encoding.UTF8.GetString(ms.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,date,speaker,speaker_id,role,text,method,confidence,start,end,page", lines[0]);
        Assert.StartsWith("test.txt,2023-04-03,Udo Witschas,udo-witschas,Landrat,\"Wir sind dabei, sagen wir.\",rule,0.95,", lines[1]);
        Assert.Equal(2, lines.Length);
    }
}
