namespace AsskommExtract.Documents;

/// <summary>
/// Maps offsets in the clean text back to offsets in the source text the reader produced.
/// Stored as runs of copied characters; characters the cleaner inserted (joining spaces)
/// map to the source position of the run before them.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly int[] _sourceStarts;
    private readonly bool[] _inserted;

    internal OffsetMap(List<(int Clean, int Source, bool Inserted)> runs)
    {
        _cleanStarts = new int[runs.Count];
        _sourceStarts = new int[runs.Count];
        _inserted = new bool[runs.Count];
        for (int i = 0; i < runs.Count; i++)
        {
            _cleanStarts[i] = runs[i].Clean;
            _sourceStarts[i] = runs[i].Source;
            _inserted[i] = runs[i].Inserted;
        }
    }

    public int ToSource(int cleanOffset)
    {
        if (_cleanStarts.Length == 0) return cleanOffset;
        int i = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return _sourceStarts[0];
        // Every character of an inserted run (a "\n\n" between blocks) maps to the one source position
        // it stands for; counting on from there would run past the end of the source.
        return _inserted[i] ? _sourceStarts[i] : _sourceStarts[i] + (cleanOffset - _cleanStarts[i]);
    }
}
