using System.Globalization;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Results;

namespace AsskommExtract.Cli;

/// <summary>
/// Runs the pipeline over the command line's paths for any command that consumes releases:
/// reports each failed input on stderr, shows progress and verbose details, counts failures.
/// Hidden entries of a walked folder are skipped unless <paramref name="hidden"/>; <paramref name="skip"/>
/// is the run's own output file, never read as an input.
/// </summary>
internal sealed class ReleaseRun(ExtractionPipeline pipeline, Messages messages, bool hidden = false, string? skip = null)
{
    public int Failed { get; private set; }
    public int Total { get; private set; }

    public ReleaseReaders Readers => pipeline.Readers;

    /// <param name="extracts">Which inputs to extract (an archive skips those it holds unchanged); all when null.</param>
    public IEnumerable<Release> Run(IEnumerable<string> paths, int jobs, CancellationToken cancel, Func<Input, bool>? extracts = null)
    {
        // Inputs stream into the pipeline; only a progress bar, which needs the total, lists them first.
        var inputs = InputWalker.Expand(paths, pipeline.Readers, hidden, skip);
        if (extracts is not null) inputs = inputs.Where(extracts);
        int expected = 0;
        if (messages.ShowsProgress)
        {
            var list = inputs.ToList();
            expected = list.Count;
            inputs = list;
        }
        foreach (var release in pipeline.Run(inputs, jobs, cancel))
        {
            Total++;
            if (release.Failed)
            {
                Failed++;
                messages.Error(release.Source, release.Error!);
            }
            else if (messages.Verbose) Explain(release);
            messages.Progress(Total, expected);
            yield return release;
        }
    }

    public void Summarise()
    {
        if (Total == 0) messages.Warn("no release files found in the given paths");
        else messages.Note($"{Total} input{(Total == 1 ? "" : "s")}: {Total - Failed} extracted, {Failed} failed");
    }

    private void Explain(Release r)
    {
        static string C(double c) => c.ToString("0.00", CultureInfo.InvariantCulture);
        messages.Detail($"{r.Source}: date {r.Date ?? "none"} ({r.DateMethod}), kind {r.Kind} ({r.KindMethod} {C(r.KindConfidence ?? 0)}), " +
                        $"{r.Municipalities.Count} municipalities, {r.Metrics.Count} metrics, {r.Quotes.Count} quotes");
        foreach (var m in r.Municipalities)
            messages.Detail($"  municipality {m.Name} {m.Ags} as {m.Role} from \"{m.Surface}\" ({m.Method} {C(m.Confidence)})");
        foreach (var m in r.Metrics)
            messages.Detail($"  metric {m.Name} {m.Value.ToString(CultureInfo.InvariantCulture)} {m.Qualifier}{(m.Noun is null ? "" : " " + m.Noun)} ({m.Method} {C(m.Confidence)})");
        foreach (var q in r.Quotes)
            messages.Detail($"  quote by {q.Speaker} [{q.Role}] {q.Text.Length} chars ({q.Method} {C(q.Confidence)})");
    }
}
