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

    internal OffsetMap(List<(int Clean, int Source)> runs)
    {
        _cleanStarts = new int[runs.Count];
        _sourceStarts = new int[runs.Count];
        for (int i = 0; i < runs.Count; i++)
        {
            _cleanStarts[i] = runs[i].Clean;
            _sourceStarts[i] = runs[i].Source;
        }
    }

    public int ToSource(int cleanOffset)
    {
        if (_cleanStarts.Length == 0) return cleanOffset;
        int i = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return _sourceStarts[0];
        return _sourceStarts[i] + (cleanOffset - _cleanStarts[i]);
    }
}
