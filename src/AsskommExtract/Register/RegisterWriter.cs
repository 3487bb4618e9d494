using System.Text.Json;
using AsskommExtract.Output;

namespace AsskommExtract.Register;

/// <summary>The register's tables: a row per municipality, a row per reported step, the failed checks, the districts.</summary>
public enum RegisterTable { Members, Steps, Checks, Districts }

/// <summary>Writes a <see cref="MemberRegister"/> as CSV (one table), JSON, JSON Lines (a member per line) or xlsx (every table a sheet).</summary>
public static class RegisterWriter
{
    public static IReadOnlyList<string> Columns(RegisterTable table) => table switch
    {
        RegisterTable.Members => ["ags", "name", "kreis", .. Steps.All.SelectMany(StepColumns), "checks"],
        RegisterTable.Steps => ["ags", "name", "kreis", "step", "date", "date_basis", "ordinal", "founding", "taken", "source", "release_date", "evidence", "method", "confidence", "start", "end", "page"],
        RegisterTable.Checks => ["check", "ags", "name", "sources", "message"],
        RegisterTable.Districts => ["kreis", "members", "kpr_founded", "municipalities", "towns"],
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private static IEnumerable<string> StepColumns(string step) => step == Steps.Joined
        ? [step, "ordinal", "founding", step + "_source", step + "_evidence"]
        : [step, step + "_source", step + "_evidence"];

    /// <summary>A table's rows in <see cref="Columns"/> order: text as string, numbers as double, null for empty (as <see cref="CsvTableSink.Rows"/>).</summary>
    public static IEnumerable<object?[]> Rows(MemberRegister register, RegisterTable table) => table switch
    {
        RegisterTable.Members => register.Members.Select(MemberRow),
        RegisterTable.Steps => register.Members.SelectMany(m => m.Reports.Select(r => StepRow(m, r))),
        RegisterTable.Checks => register.Checks.Select(c => new object?[] { c.Kind, c.Ags, c.Name, string.Join(' ', c.Sources), c.Message }),
        RegisterTable.Districts => register.Districts.Select(d => new object?[] { d.Kreis, (double)d.Members, (double)d.Kpr, (double)d.Municipalities, string.Join(", ", d.Towns) }),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private static object?[] MemberRow(Member m)
    {
        var row = new List<object?> { m.Ags, m.Name, m.Kreis };
        foreach (var step in Steps.All)
        {
            var taken = m.Taken.GetValueOrDefault(step);
            row.Add(m.Dates.GetValueOrDefault(step));
            if (step == Steps.Joined)
            {
                row.Add((double?)m.Ordinal);
                row.Add(taken is null ? null : m.Founding ? "yes" : "");
            }
            row.Add(taken?.Source);
            row.Add(taken?.Step.Evidence);
        }
        row.Add(string.Join(' ', m.Checks));
        return [.. row];
    }

    private static object?[] StepRow(Member m, StepReport r)
    {
        var s = r.Step;
        return [m.Ags, m.Name, m.Kreis, s.Step, s.Date, s.DateBasis, (double?)s.Ordinal, s.Founding ? "yes" : "", m.Taken.GetValueOrDefault(s.Step) == r ? "yes" : "",
            r.Source, r.ReleaseDate, s.Evidence, s.Method, s.Confidence, (double)s.Start, (double)s.End, (double?)s.Page];
    }

    public static void WriteCsv(Stream stream, MemberRegister register, RegisterTable table, CsvDialect? dialect = null) =>
        CsvTableSink.WriteTable(stream, Columns(table), Rows(register, table), dialect ?? CsvDialect.Standard);

    public static void WriteXlsx(Stream stream, MemberRegister register)
    {
        XlsxWorkbook.Write(stream, Enum.GetValues<RegisterTable>().Select(t =>
            new XlsxSheet(t.ToString().ToLowerInvariant(), Columns(t), Rows(register, t))));
        stream.Flush();
    }

    /// <summary>{"members": [...], "checks": [...], "districts": [...]}; each member with its steps and every report.</summary>
    public static void WriteJson(Stream stream, MemberRegister register)
    {
        using (var json = new Utf8JsonWriter(stream, ReleaseJson.WriterOptions(indented: true)))
        {
            json.WriteStartObject();
            json.WriteStartArray("members");
            foreach (var m in register.Members) WriteMember(json, m);
            json.WriteEndArray();
            json.WriteStartArray("checks");
            foreach (var c in register.Checks)
            {
                json.WriteStartObject();
                json.WriteString("check", c.Kind);
                if (c.Ags is not null) json.WriteString("ags", c.Ags);
                if (c.Name is not null) json.WriteString("name", c.Name);
                json.WriteStartArray("sources");
                foreach (var s in c.Sources) json.WriteStringValue(s);
                json.WriteEndArray();
                json.WriteString("message", c.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("districts");
            foreach (var d in register.Districts)
            {
                json.WriteStartObject();
                json.WriteString("kreis", d.Kreis);
                json.WriteNumber("members", d.Members);
                json.WriteNumber("kpr_founded", d.Kpr);
                json.WriteNumber("municipalities", d.Municipalities);
                json.WriteStartArray("towns");
                foreach (var t in d.Towns) json.WriteStringValue(t);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>One member object per line.</summary>
    public static void WriteJsonLines(Stream stream, MemberRegister register)
    {
        foreach (var m in register.Members)
        {
            using (var json = new Utf8JsonWriter(stream, ReleaseJson.WriterOptions(indented: false))) WriteMember(json, m);
            stream.WriteByte((byte)'\n');
        }
        stream.Flush();
    }

    private static void WriteMember(Utf8JsonWriter json, Member m)
    {
        json.WriteStartObject();
        json.WriteString("ags", m.Ags);
        json.WriteString("name", m.Name);
        json.WriteString("kreis", m.Kreis);
        json.WriteString("joined", m.Joined);
        if (m.Ordinal is { } ordinal) json.WriteNumber("ordinal", ordinal);
        else json.WriteNull("ordinal");
        json.WriteBoolean("founding", m.Founding);
        json.WriteStartObject("steps");
        foreach (var step in Steps.All)
        {
            if (!m.Taken.TryGetValue(step, out var taken)) continue;
            json.WriteStartObject(step);
            json.WriteString("date", m.Dates[step]);
            json.WriteString("source", taken.Source);
            json.WriteString("evidence", taken.Step.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartArray("checks");
        foreach (var c in m.Checks) json.WriteStringValue(c);
        json.WriteEndArray();
        json.WriteStartArray("reports");
        foreach (var r in m.Reports)
        {
            var s = r.Step;
            json.WriteStartObject();
            json.WriteString("step", s.Step);
            json.WriteString("date", s.Date);
            json.WriteString("date_basis", s.DateBasis);
            if (s.Ordinal is { } o) json.WriteNumber("ordinal", o);
            if (s.Founding) json.WriteBoolean("founding", true);
            json.WriteString("source", r.Source);
            json.WriteString("release_date", r.ReleaseDate);
            json.WriteString("evidence", s.Evidence);
            json.WriteString("method", s.Method);
            json.WriteNumber("confidence", s.Confidence);
            json.WriteNumber("start", s.Start);
            json.WriteNumber("end", s.End);
            if (s.Page is { } p) json.WriteNumber("page", p);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
