using System.Text;

namespace AsskommExtract.Documents;

/// <summary>Builds a string from pieces of a source while recording where each piece came from.</summary>
internal sealed class TextBuilder
{
    private readonly StringBuilder _sb = new();
    private readonly List<(int Clean, int Source, bool Inserted)> _runs = new();
    private int _expectedSource = -1;

    public int Length => _sb.Length;

    public char this[int index] => _sb[index];

    /// <summary>Appends source[start..start+length) and records its origin.</summary>
    public void Copy(string source, int start, int length)
    {
        if (length <= 0) return;
        if (start != _expectedSource) _runs.Add((_sb.Length, start, false));
        _sb.Append(source, start, length);
        _expectedSource = start + length;
    }

    /// <summary>Appends text that has no source of its own (a joining space, a replaced entity).</summary>
    public void Insert(string text, int sourceOffset)
    {
        if (text.Length == 0) return;
        _runs.Add((_sb.Length, sourceOffset, true));
        _sb.Append(text);
        _expectedSource = -1;
    }

    public void TrimEnd()
    {
        int n = _sb.Length;
        while (n > 0 && char.IsWhiteSpace(_sb[n - 1])) n--;
        Truncate(n);
    }

    public void Truncate(int length)
    {
        if (length >= _sb.Length) return;
        _sb.Length = length;
        while (_runs.Count > 0 && _runs[^1].Clean >= length) _runs.RemoveAt(_runs.Count - 1);
        _expectedSource = -1;
    }

    public override string ToString() => _sb.ToString();

    public OffsetMap BuildMap() => new(_runs);
}
