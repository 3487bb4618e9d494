using System.Security.Cryptography;
using AsskommExtract.Output.Database;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;

namespace AsskommExtract.Cli.Commands;

/// <summary>
/// extract into a DuckDB archive (-o FILE.duckdb) or a folder of Parquet files (-f parquet -o DIR):
/// typed tables, the register, views. An archive is updated incrementally: only new and changed
/// files (by content hash) are extracted, in one transaction.
/// </summary>
internal static class ArchiveCommand
{
    public static int Run(RunSettings settings, string format, bool prune, bool reextractOlder, CancellationToken cancel)
    {
        var (paths, output, jobs, messages) = (settings.Paths, settings.Output, settings.Jobs, settings.Messages);
        if (!CommonOptions.IsFile(output))
        {
            messages.Fatal(format == "parquet" ? "parquet is a folder of files: give it with -o DIR" : "duckdb is a database file: give it with -o FILE.duckdb");
            return ExitCodes.Usage;
        }
        var run = settings.CreateRun(register: true);
        try
        {
            using var archive = DuckDbArchive.Open(format == "parquet" ? ":memory:" : output!);
            var known = format == "parquet" ? [] : archive.Known();
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            int kept = 0, olderKept = 0, added = 0, changed = 0, removed = 0;
            bool Extracts(Input input)
            {
                if (input.Path is null || input.Error is not null || Hash(input.Path) is not { } hash) return true; // the run reports what cannot be read
                hashes[input.Source] = hash;
                if (!known.TryGetValue(input.Source, out var had) || had.ContentHash != hash) return true;
                bool older = had.ToolVersion != ToolStamp.Version || had.ModelsHash != ToolStamp.Models;
                if (older && reextractOlder) return true;
                kept++;
                if (older) olderKept++;
                return false;
            }
            archive.Begin();
            foreach (var release in run.Run(paths, jobs, cancel, Extracts))
            {
                bool replacing = known.ContainsKey(release.Source);
                archive.Put(release, hashes.GetValueOrDefault(release.Source, ""), replacing);
                if (release.Failed) continue;
                if (replacing) changed++; else added++;
            }
            cancel.ThrowIfCancellationRequested();
            var gone = known.Keys.Where(id => !hashes.ContainsKey(id)).ToList();
            if (prune)
                foreach (var id in gone) { archive.Remove(id); removed++; }
            var register = archive.Commit();
            MembersCommand.Warn(register, messages);
            if (format == "parquet") archive.ExportParquet(output!);
            if (run.Total > 0 || kept == 0) run.Summarise(); // "no release files found" would be wrong when all were kept
            messages.Note($"{output}: {added} added, {changed} changed, {kept} kept unchanged" + (prune ? $", {removed} removed" : "")
                + (!prune && gone.Count > 0 ? $"; {gone.Count} whose file is gone kept (--prune removes them)" : "")
                + (olderKept > 0 ? $"; {olderKept} of the kept were extracted by another version or models (--reextract-older re-extracts them)" : ""));
            return run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            messages.Fatal($"interrupted; {output} is as it was");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is DuckDB.NET.Data.DuckDBException or IOException or UnauthorizedAccessException)
        {
            messages.Fatal($"cannot write {output}: {e.Message.ReplaceLineEndings(" ")}; it is as it was");
            return ExitCodes.OutputFailed;
        }
    }

    /// <summary>SHA-256 of a file's bytes, or null when it cannot be read (the extraction then reports why).</summary>
    private static string? Hash(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
