using System.Text;

namespace AsskommExtract.Documents;

/// <summary>
/// Builds a structured reader's <see cref="SourceText"/>: blocks of lines, a line break between lines
/// and a blank line between blocks, and, when the reader knows them, the file spans of the characters.
/// </summary>
internal sealed class BlockTextBuilder(bool withFile)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = new(), _ends = new();
    private readonly List<ReaderBlock> _blocks = new();
    private List<TextSpan>? _lines;

    public int Length => _text.Length;

    public bool IsEmpty => _blocks.Count == 0;

    /// <summary>Starts a block; its lines follow with <see cref="Line"/>.</summary>
    public void Block(BlockKind kind, int headingLevel = 0)
    {
        if (_text.Length > 0) Separator("\n\n");
        _lines = new List<TextSpan>();
        _blocks.Add(new ReaderBlock(kind, headingLevel, _lines));
    }

    /// <summary>A line of the current block; <paramref name="starts"/> and <paramref name="ends"/> give each character's file span (-1: none).</summary>
    public void Line(ReadOnlySpan<char> text, ReadOnlySpan<int> starts = default, ReadOnlySpan<int> ends = default)
    {
        if (_lines is null) throw new InvalidOperationException("a line outside a block");
        if (_lines.Count > 0) Separator("\n");
        int start = _text.Length;
        _text.Append(text);
        if (withFile)
        {
            foreach (var s in starts) _starts.Add(s);
            foreach (var e in ends) _ends.Add(e);
        }
        _lines.Add(new TextSpan(start, _text.Length));
    }

    private void Separator(string s)
    {
        _text.Append(s);
        if (!withFile) return;
        for (int i = 0; i < s.Length; i++)
        {
            _starts.Add(-1);
            _ends.Add(-1);
        }
    }

    public SourceText Build(IReadOnlyList<int>? pageStarts = null, string? dateline = null) =>
        new(_text.ToString(), pageStarts, dateline, _blocks, withFile ? new FileMap([.. _starts], [.. _ends]) : null);
}
