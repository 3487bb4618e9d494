using System.Globalization;
using AsskommExtract.Register;
using AsskommExtract.Results;
using DuckDB.NET.Data;

namespace AsskommExtract.Output.Database;

/// <summary>What an archive holds of one release: its content hash and what extracted it.</summary>
public sealed record ArchivedRelease(string Id, string ContentHash, string ToolVersion, string ModelsHash);

/// <summary>
/// An embedded DuckDB file holding releases, their municipalities, metrics, quotes and register steps,
/// the errors, and the register rebuilt from all steps (<see cref="ArchiveSchema"/>). A run is one
/// transaction (<see cref="Begin"/> … <see cref="Commit"/>): a run that fails or is killed half way
/// leaves the archive as it was. Rows go in through DuckDB appenders (bulk, not one INSERT a row).
/// </summary>
public sealed class DuckDbArchive : IDisposable
{
    private readonly DuckDBConnection _connection;
    private DuckDBTransaction? _transaction;
    private readonly Dictionary<string, DuckDBAppender> _appenders = [];
    private readonly DateTime _now = DateTime.UtcNow;

    private DuckDbArchive(DuckDBConnection connection) => _connection = connection;

    /// <summary>Opens (or creates) the archive at <paramref name="path"/>; ":memory:" for one in memory (Parquet export).</summary>
    public static DuckDbArchive Open(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        var archive = new DuckDbArchive(connection);
        // Rows arrive one release at a time from the extracting threads; DuckDB's own worker threads
        // have nothing to run in parallel then, and on a busy machine they spin for CPU the extraction needs.
        archive.Execute("SET threads = 1");
        archive.Execute(ArchiveSchema.Tables);
        return archive;
    }

    /// <summary>The releases already in the archive, by id.</summary>
    public Dictionary<string, ArchivedRelease> Known()
    {
        var known = new Dictionary<string, ArchivedRelease>(StringComparer.Ordinal);
        using var command = Command("SELECT id, content_hash, tool_version, models_hash FROM releases");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            known[reader.GetString(0)] = new ArchivedRelease(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        return known;
    }

    public void Begin() => _transaction = _connection.BeginTransaction();

    /// <summary>Stores one release (replacing what the archive held under its id) or, for a failed input, its error.</summary>
    public void Put(Release r, string contentHash, bool replacing)
    {
        if (replacing || r.Failed) Remove(r.Source, keepErrors: false);
        else if (ErrorSources().Remove(r.Source)) Execute("DELETE FROM errors WHERE source = $1", r.Source); // a file that failed last time and reads now
        if (r.Failed)
        {
            Append("errors", row => row.AppendValue(r.Source).AppendValue(r.Error));
            _errorSources?.Add(r.Source);
            return;
        }
        Append("releases", row => row.AppendValue(r.Source).AppendValue(contentHash).AppendValue(Date(r.Date)).AppendValue(r.Title).AppendValue(r.Kind)
            .AppendValue(r.DateMethod).AppendValue(r.KindMethod).AppendValue(r.KindConfidence)
            .AppendValue((int?)r.Municipalities.Count).AppendValue((int?)r.Metrics.Count).AppendValue((int?)r.Quotes.Count)
            .AppendValue(ToolStamp.Version).AppendValue(ToolStamp.Models).AppendValue((DateTime?)_now));
        foreach (var m in r.Municipalities)
            Append("municipalities", row => Located(row.AppendValue(r.Source).AppendValue(m.Ags).AppendValue(m.Name).AppendValue(m.Kreis).AppendValue(m.Role)
                .AppendValue(m.Surface).AppendValue(m.Note), m));
        foreach (var m in r.Metrics)
            Append("metrics", row => Located(row.AppendValue(r.Source).AppendValue(m.Name).AppendValue((double?)m.Value).AppendValue(m.Qualifier)
                .AppendValue(m.Noun).AppendValue(m.Evidence), m));
        foreach (var q in r.Quotes)
            Append("quotes", row => Located(row.AppendValue(r.Source).AppendValue(q.Speaker).AppendValue(q.SpeakerId).AppendValue(q.Role).AppendValue(q.Text), q));
        foreach (var s in r.Steps)
            Append("steps", row => Located(row.AppendValue(r.Source).AppendValue(s.Ags).AppendValue(s.Name).AppendValue(s.Kreis).AppendValue(s.Step)
                .AppendValue(s.Date).AppendValue(s.DateBasis).AppendValue(s.Ordinal).AppendValue((bool?)s.Founding).AppendValue(s.Evidence), s));
    }

    private HashSet<string>? _errorSources;

    /// <summary>
    /// The sources the archive holds an error for, read once: a statement per release to delete an
    /// error that is not there cost more than appending the release's rows.
    /// </summary>
    private HashSet<string> ErrorSources()
    {
        if (_errorSources is not null) return _errorSources;
        _errorSources = new HashSet<string>(StringComparer.Ordinal);
        using var command = Command("SELECT source FROM errors");
        using var reader = command.ExecuteReader();
        while (reader.Read()) _errorSources.Add(reader.GetString(0));
        return _errorSources;
    }

    /// <summary>Deletes a release and its rows (a file that is gone, with --prune, or one about to be replaced).</summary>
    public void Remove(string id, bool keepErrors = false)
    {
        FlushAppenders(); // rows appended earlier in this run must be in the table before a DELETE can see them
        Execute("DELETE FROM releases WHERE id = $1", id);
        foreach (var table in ArchiveSchema.ReleaseTables) Execute($"DELETE FROM {table} WHERE release_id = $1", id);
        if (!keepErrors && (_errorSources is null || _errorSources.Remove(id))) Execute("DELETE FROM errors WHERE source = $1", id);
    }

    /// <summary>Rebuilds the register from every release's steps, refreshes the views and commits the run.</summary>
    public MemberRegister Commit()
    {
        FlushAppenders();
        var register = MemberRegister.Build(StoredReleases());
        Execute(ArchiveSchema.Register);
        foreach (var m in register.Members)
        {
            Append("members", row =>
            {
                row.AppendValue(m.Ags).AppendValue(m.Name).AppendValue(m.Kreis).AppendValue(m.Joined)
                    .AppendValue(m.Joined is null ? null : Date(StatedDates.FirstDay(m.Joined))).AppendValue(m.Ordinal).AppendValue((bool?)m.Founding)
                    .AppendValue(m.Taken.GetValueOrDefault(Steps.Joined)?.Source);
                foreach (var step in Steps.All.Skip(1))
                    row.AppendValue(m.Dates.GetValueOrDefault(step)).AppendValue(m.Taken.GetValueOrDefault(step)?.Source);
                return row.AppendValue(string.Join(' ', m.Checks));
            });
        }
        foreach (var c in register.Checks)
            Append("register_checks", row => row.AppendValue(c.Kind).AppendValue(c.Ags).AppendValue(c.Name).AppendValue(string.Join(' ', c.Sources)).AppendValue(c.Message));
        FlushAppenders();
        Execute(ArchiveSchema.Views);
        _transaction?.Commit();
        _transaction = null;
        return register;
    }

    /// <summary>Writes every table as DIR/TABLE.parquet, with the archive's column types.</summary>
    public void ExportParquet(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var table in ArchiveSchema.TableNames)
            Execute($"COPY {table} TO '{Path.Combine(folder, table + ".parquet").Replace("'", "''")}' (FORMAT PARQUET)");
    }

    /// <summary>The releases as the register needs them: date, steps and the reported Kooperationsvereinbarungen, in id order.</summary>
    private IEnumerable<Release> StoredReleases()
    {
        var releases = new SortedDictionary<string, Release>(StringComparer.Ordinal);
        using (var command = Command("SELECT id, CAST(date AS VARCHAR) FROM releases"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                releases[reader.GetString(0)] = new Release { Source = reader.GetString(0), Date = reader.IsDBNull(1) ? null : reader.GetString(1) };
        using (var command = Command("""SELECT release_id, ags, name, kreis, step, date, date_basis, ordinal, founding, evidence, method, confidence, "start", "end", page FROM steps"""))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                if (releases.TryGetValue(reader.GetString(0), out var r))
                    r.Steps.Add(new MemberStep
                    {
                        Ags = reader.GetString(1), Name = reader.GetString(2), Kreis = reader.GetString(3), Step = reader.GetString(4),
                        Date = reader.IsDBNull(5) ? null : reader.GetString(5), DateBasis = reader.GetString(6),
                        Ordinal = reader.IsDBNull(7) ? null : reader.GetInt32(7), Founding = reader.GetBoolean(8), Evidence = reader.GetString(9),
                        Method = reader.GetString(10), Confidence = reader.GetDouble(11), Start = reader.GetInt32(12), End = reader.GetInt32(13),
                        Page = reader.IsDBNull(14) ? null : reader.GetInt32(14),
                    });
        using (var command = Command("SELECT release_id, value, qualifier FROM metrics WHERE metric = 'kooperationsvereinbarungen'"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                if (releases.TryGetValue(reader.GetString(0), out var r))
                    r.Metrics.Add(new Metric { Name = "kooperationsvereinbarungen", Value = reader.GetDouble(1), Qualifier = reader.GetString(2) });
        return releases.Values;
    }

    private static IDuckDBAppenderRow Located(IDuckDBAppenderRow row, Extracted e) =>
        row.AppendValue(e.Method).AppendValue((double?)e.Confidence).AppendValue((int?)e.Start).AppendValue((int?)e.End).AppendValue(e.Page);

    private static DateOnly? Date(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private void Append(string table, Func<IDuckDBAppenderRow, IDuckDBAppenderRow> fill)
    {
        if (!_appenders.TryGetValue(table, out var appender)) _appenders[table] = appender = _connection.CreateAppender(table);
        fill(appender.CreateRow()).EndRow();
    }

    private void FlushAppenders()
    {
        foreach (var appender in _appenders.Values) appender.Dispose();
        _appenders.Clear();
    }

    private DuckDBCommand Command(string sql, params object[] values)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var v in values) command.Parameters.Add(new DuckDBParameter(v));
        return command;
    }

    private void Execute(string sql, params object[] values)
    {
        using var command = Command(sql, values);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var appender in _appenders.Values)
        {
            try { appender.Dispose(); } catch (Exception) { } // the run failed already; its rows are rolled back
        }
        _transaction?.Dispose(); // rolls back an uncommitted run
        _connection.Dispose();
    }
}
