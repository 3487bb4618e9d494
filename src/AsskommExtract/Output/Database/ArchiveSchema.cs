namespace AsskommExtract.Output.Database;

/// <summary>
/// The archive's tables and views (DuckDB SQL). Every table but errors carries the release's id (its
/// source path as given); releases are keyed by it, the register's members by AGS. Child tables have no
/// key of their own: a changed release's rows are replaced as a whole.
/// </summary>
internal static class ArchiveSchema
{
    public const string Tables = """
        CREATE TABLE IF NOT EXISTS releases (
            id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, date DATE, title VARCHAR, kind VARCHAR,
            date_method VARCHAR, kind_method VARCHAR, kind_confidence DOUBLE,
            municipalities INTEGER, metrics INTEGER, quotes INTEGER,
            tool_version VARCHAR NOT NULL, models_hash VARCHAR NOT NULL, extracted_at TIMESTAMP NOT NULL);
        CREATE TABLE IF NOT EXISTS municipalities (
            release_id VARCHAR NOT NULL, ags VARCHAR NOT NULL, name VARCHAR, kreis VARCHAR, role VARCHAR, surface VARCHAR, note VARCHAR,
            method VARCHAR, confidence DOUBLE, "start" INTEGER, "end" INTEGER, page INTEGER);
        CREATE TABLE IF NOT EXISTS metrics (
            release_id VARCHAR NOT NULL, metric VARCHAR NOT NULL, value DOUBLE, qualifier VARCHAR, noun VARCHAR, evidence VARCHAR,
            method VARCHAR, confidence DOUBLE, "start" INTEGER, "end" INTEGER, page INTEGER);
        CREATE TABLE IF NOT EXISTS quotes (
            release_id VARCHAR NOT NULL, speaker VARCHAR, speaker_id VARCHAR, role VARCHAR, text VARCHAR,
            method VARCHAR, confidence DOUBLE, "start" INTEGER, "end" INTEGER, page INTEGER);
        CREATE TABLE IF NOT EXISTS steps (
            release_id VARCHAR NOT NULL, ags VARCHAR NOT NULL, name VARCHAR, kreis VARCHAR, step VARCHAR NOT NULL, date VARCHAR, date_basis VARCHAR,
            ordinal INTEGER, founding BOOLEAN, evidence VARCHAR, method VARCHAR, confidence DOUBLE, "start" INTEGER, "end" INTEGER, page INTEGER);
        CREATE TABLE IF NOT EXISTS errors (source VARCHAR NOT NULL, error VARCHAR);
        """;

    /// <summary>The register, rebuilt from all steps on every run (so replaced, not updated).</summary>
    public const string Register = """
        CREATE OR REPLACE TABLE members (
            ags VARCHAR PRIMARY KEY, name VARCHAR, kreis VARCHAR, joined VARCHAR, joined_from DATE, ordinal INTEGER, founding BOOLEAN,
            joined_source VARCHAR, kpr_founded VARCHAR, kpr_founded_source VARCHAR, analysis_started VARCHAR, analysis_started_source VARCHAR,
            analysis_finished VARCHAR, analysis_finished_source VARCHAR, coaching_started VARCHAR, coaching_started_source VARCHAR, checks VARCHAR);
        CREATE OR REPLACE TABLE register_checks (check_kind VARCHAR, ags VARCHAR, name VARCHAR, sources VARCHAR, message VARCHAR);
        """;

    public const string Views = """
        CREATE OR REPLACE VIEW latest_metrics AS
            SELECT metric, value, qualifier, date, release_id, evidence FROM (
                SELECT m.*, r.date, row_number() OVER (PARTITION BY m.metric ORDER BY r.date DESC, m.value DESC) AS n
                FROM metrics m JOIN releases r ON r.id = m.release_id
                WHERE r.date IS NOT NULL AND m.metric <> 'other')
            WHERE n = 1;
        CREATE OR REPLACE VIEW members_per_district AS
            SELECT kreis, count(joined) AS members, count(kpr_founded) AS kpr_founded,
                   string_agg(name, ', ' ORDER BY joined_from, name) FILTER (WHERE joined IS NOT NULL) AS towns
            FROM members GROUP BY kreis;
        """;

    /// <summary>The tables in the order they are exported (one Parquet file each).</summary>
    public static readonly string[] TableNames = ["releases", "municipalities", "metrics", "quotes", "steps", "errors", "members", "register_checks"];

    /// <summary>The tables that hold rows of a release, by release_id.</summary>
    public static readonly string[] ReleaseTables = ["municipalities", "metrics", "quotes", "steps"];
}
