using System.Text.Json;
using AsskommExtract.Cli;
using AsskommExtract.Cli.Commands;
using AsskommExtract.Output;
using AsskommExtract.Tests.Support;
using DuckDB.NET.Data;

namespace AsskommExtract.Tests.Archive;

/// <summary>
/// extract -o FILE.duckdb and -f parquet, read back with a connection of their own (as any DuckDB client
/// would): the tables say what extract -f json says, a second run extracts nothing, a changed file is
/// re-extracted alone, --prune removes what is gone, an interrupted run leaves the archive as it was.
/// </summary>
public sealed class DuckDbArchiveTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("asskomm-archive-").FullName;
    private readonly string _releases;
    private readonly string _db;
    private StringWriter _stderr = new();

    public DuckDbArchiveTests()
    {
        _releases = Path.Combine(_dir, "releases");
        Directory.CreateDirectory(_releases);
        foreach (var f in Directory.GetFiles(Repo.Samples, "*.txt")) File.Copy(f, Path.Combine(_releases, Path.GetFileName(f)));
        _db = Path.Combine(_dir, "archive.duckdb");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private int Extract(string? format = null, string? output = null, bool prune = false, CancellationToken cancel = default, TextWriter? stderr = null, bool verbose = false)
    {
        _stderr = new StringWriter();
        var messages = new Messages(stderr ?? _stderr, quiet: false, verbose: verbose, interactive: false);
        return ExtractCommand.Run(new RunSettings([_releases], output ?? _db, 1, 1 << 24, false, messages), format, Table.Releases, CsvDialect.Standard, Stream.Null, cancel, prune);
    }

    private List<object?[]> Query(string sql, string? db = null)
    {
        using var connection = new DuckDBConnection($"Data Source={db ?? _db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private object? Scalar(string sql, string? db = null) => Query(sql, db).Single()[0];

    [Fact]
    public void The_tables_hold_what_json_says_with_real_types()
    {
        Assert.Equal(ExitCodes.Success, Extract());

        using var json = new MemoryStream();
        ExtractCommand.Run(new RunSettings([_releases], null, 1, 1 << 24, false, new Messages(TextWriter.Null, true, false, false)), "json", Table.Releases,
            CsvDialect.Standard, json, CancellationToken.None);
        var releases = JsonDocument.Parse(json.ToArray()).RootElement.EnumerateArray().ToList();
        Assert.Equal((long)releases.Count, Convert.ToInt64(Scalar("SELECT count(*) FROM releases")));
        foreach (var r in releases)
        {
            var id = r.GetProperty("source").GetString()!.Replace("'", "''");
            Assert.Equal(DateOnly.Parse(r.GetProperty("date").GetString()!), Scalar($"SELECT date FROM releases WHERE id = '{id}'"));
            Assert.Equal((long)r.GetProperty("metrics").GetArrayLength(), Convert.ToInt64(Scalar($"SELECT count(*) FROM metrics WHERE release_id = '{id}'")));
            Assert.Equal((long)r.GetProperty("quotes").GetArrayLength(), Convert.ToInt64(Scalar($"SELECT count(*) FROM quotes WHERE release_id = '{id}'")));
            Assert.Equal((long)r.GetProperty("municipalities").GetArrayLength(), Convert.ToInt64(Scalar($"SELECT count(*) FROM municipalities WHERE release_id = '{id}'")));
        }
        Assert.Equal(["DATE", "DOUBLE", "INTEGER", "VARCHAR"],
            Query("SELECT DISTINCT data_type FROM information_schema.columns WHERE table_name IN ('releases', 'metrics') AND data_type IN ('DATE', 'DOUBLE', 'INTEGER', 'VARCHAR') ORDER BY 1")
                .Select(r => (string)r[0]!));
        Assert.Equal(54d, Scalar("SELECT value FROM latest_metrics WHERE metric = 'kooperationsvereinbarungen'"));
        Assert.Equal(53, Scalar("SELECT ordinal FROM members WHERE name = 'Heidenau'"));
        Assert.Equal(4L, Convert.ToInt64(Scalar("SELECT members FROM members_per_district WHERE kreis = 'Sächsische Schweiz-Osterzgebirge'")));
        Assert.All(Query("SELECT tool_version, models_hash FROM releases"), r =>
        {
            Assert.False(string.IsNullOrEmpty((string?)r[0]));
            Assert.Contains("kind=", (string)r[1]!);
        });
    }

    [Fact]
    public void A_second_run_extracts_nothing_and_says_so_and_a_changed_file_is_extracted_alone()
    {
        Extract();
        var first = Query("SELECT id, extracted_at FROM releases ORDER BY id");

        Assert.Equal(ExitCodes.Success, Extract());
        Assert.Contains("0 added, 0 changed, 5 kept unchanged", _stderr.ToString());
        Assert.DoesNotContain("no release files found", _stderr.ToString());
        Assert.Equal(first.Select(r => r[1]), Query("SELECT id, extracted_at FROM releases ORDER BY id").Select(r => r[1]));

        var changed = Directory.GetFiles(_releases).Order(StringComparer.Ordinal).First();
        File.AppendAllText(changed, "\n\nIn 99 Kommunen hat sich zudem ein Kommunaler Präventionsrat konstituiert.\n");
        Assert.Equal(ExitCodes.Success, Extract());
        Assert.Contains("0 added, 1 changed, 4 kept unchanged", _stderr.ToString());
        var after = Query("SELECT id, extracted_at FROM releases ORDER BY id");
        Assert.Equal(5, after.Count);
        Assert.Single(after, r => !Equals(r[1], first.Single(f => Equals(f[0], r[0]))[1]));
        Assert.Equal(1L, Convert.ToInt64(Scalar("SELECT count(*) FROM metrics WHERE metric = 'kpr' AND value = 99")));
    }

    [Fact]
    public void A_file_that_failed_is_an_error_row_until_it_reads()
    {
        var file = Path.Combine(_releases, "spaeter.txt");
        File.WriteAllBytes(file, [(byte)'a', 0, 0, 0, 0, (byte)'b', 0, 0]);
        Assert.Equal(ExitCodes.SomeFailed, Extract());
        Assert.Equal(1L, Convert.ToInt64(Scalar("SELECT count(*) FROM errors WHERE source LIKE '%spaeter.txt'")));

        File.Copy(Directory.GetFiles(Repo.Samples, "*.txt").Order(StringComparer.Ordinal).First(), file, overwrite: true);
        Assert.Equal(ExitCodes.Success, Extract());
        Assert.Equal(0L, Convert.ToInt64(Scalar("SELECT count(*) FROM errors")));
        Assert.Equal(6L, Convert.ToInt64(Scalar("SELECT count(*) FROM releases")));
    }

    [Fact]
    public void Prune_removes_the_releases_whose_file_is_gone()
    {
        Extract();
        var gone = Directory.GetFiles(_releases).Order(StringComparer.Ordinal).Last();
        File.Delete(gone);

        Extract();
        Assert.Contains("1 whose file is gone kept (--prune removes them)", _stderr.ToString());
        Assert.Equal(5L, Convert.ToInt64(Scalar("SELECT count(*) FROM releases")));

        Extract(prune: true);
        Assert.Contains("1 removed", _stderr.ToString());
        Assert.Equal(4L, Convert.ToInt64(Scalar("SELECT count(*) FROM releases")));
        Assert.Equal(0L, Convert.ToInt64(Scalar($"SELECT count(*) FROM metrics WHERE release_id LIKE '%{Path.GetFileName(gone)}'")));
    }

    [Fact]
    public void An_interrupted_run_leaves_the_archive_as_it_was()
    {
        Extract();
        var before = Query("SELECT id, content_hash, extracted_at FROM releases ORDER BY id");
        foreach (var f in Directory.GetFiles(_releases)) File.AppendAllText(f, "\n\nEin weiterer Absatz.\n");

        // Interrupted once the first changed release has been extracted and handed to the archive.
        using var cancel = new CancellationTokenSource();
        var stderr = new CancelOnWrite(cancel);
        int code = Extract(cancel: cancel.Token, stderr: stderr, verbose: true);

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Equal(before.Select(r => string.Join('|', r)), Query("SELECT id, content_hash, extracted_at FROM releases ORDER BY id").Select(r => string.Join('|', r)));
    }

    [Fact]
    public void Parquet_writes_a_file_per_table_with_the_same_rows()
    {
        Extract();
        var folder = Path.Combine(_dir, "tables") + "/";
        Assert.Equal(ExitCodes.Success, Extract(output: folder));
        foreach (var table in new[] { "releases", "municipalities", "metrics", "quotes", "steps", "errors", "members", "register_checks" })
            Assert.True(File.Exists(Path.Combine(folder, table + ".parquet")), table);
        var parquet = Path.Combine(folder, "metrics.parquet").Replace("'", "''");
        Assert.Equal(Scalar("SELECT count(*) FROM metrics"), Scalar($"SELECT count(*) FROM '{parquet}'", ":memory:"));
        Assert.Equal("DATE", Scalar($"SELECT typeof(date) FROM '{Path.Combine(folder, "releases.parquet")}' LIMIT 1", ":memory:"));
        Assert.Equal("INTEGER", Scalar($"SELECT typeof(ordinal) FROM '{Path.Combine(folder, "members.parquet")}' LIMIT 1", ":memory:"));
    }

    [Fact]
    public void The_README_queries_answer_as_the_json_does()
    {
        Extract();
        using var json = new MemoryStream();
        ExtractCommand.Run(new RunSettings([_releases], null, 1, 1 << 24, false, new Messages(TextWriter.Null, true, false, false)), "json", Table.Releases,
            CsvDialect.Standard, json, CancellationToken.None);
        var releases = JsonDocument.Parse(json.ToArray()).RootElement.EnumerateArray().ToList();

        // The KPR series.
        var kpr = releases.SelectMany(r => r.GetProperty("metrics").EnumerateArray().Where(m => m.GetProperty("metric").GetString() == "kpr")
                .Select(m => (Date: r.GetProperty("date").GetString(), Value: m.GetProperty("value").GetDouble())))
            .OrderBy(k => k.Date, StringComparer.Ordinal).ThenBy(k => k.Value).ToList();
        var rows = Query("SELECT CAST(r.date AS VARCHAR), m.value FROM metrics m JOIN releases r ON r.id = m.release_id WHERE m.metric = 'kpr' ORDER BY r.date, m.value");
        Assert.Equal(kpr.Select(k => $"{k.Date} {k.Value}"), rows.Select(r => $"{r[0]} {r[1]}"));

        // Every quote of one speaker.
        int quotes = releases.Sum(r => r.GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("speaker_id").GetString() == "roland-woellner"));
        Assert.Equal(4, quotes);
        Assert.Equal((long)quotes, Convert.ToInt64(Scalar("SELECT count(*) FROM quotes q JOIN releases r ON r.id = q.release_id WHERE q.speaker_id = 'roland-woellner'")));

        // Members per district over time.
        var districts = Query("""
            SELECT kreis, year(joined_from) AS year, count(*) AS joined,
                   sum(count(*)) OVER (PARTITION BY kreis ORDER BY year(joined_from)) AS members
            FROM members WHERE joined_from IS NOT NULL GROUP BY kreis, year(joined_from) ORDER BY kreis, year
            """);
        Assert.Equal(["2019 2 2", "2021 1 3", "2023 1 4"],
            districts.Where(r => (string)r[0]! == "Sächsische Schweiz-Osterzgebirge").Select(r => $"{r[1]} {r[2]} {r[3]}"));
    }

    /// <summary>Cancels when the run first explains a release (verbose), i.e. mid-run.</summary>
    private sealed class CancelOnWrite(CancellationTokenSource cancel) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            if (value?.Contains("municipalities") == true) cancel.Cancel();
            base.WriteLine(value);
        }
    }
}
