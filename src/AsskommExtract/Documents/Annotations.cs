using AsskommExtract.Results;

namespace AsskommExtract.Documents;

/// <summary>
/// The name of one kind of annotation on a <see cref="Document"/> (its kind, its municipalities …).
/// Components declare the keys they require and provide; the pipeline checks the order by them.
/// </summary>
public abstract class AnnotationKey(string name)
{
    public string Name { get; } = name;

    /// <summary>Copies the annotation, when the document has it, into its part of the output.</summary>
    internal abstract void WriteTo(Annotations annotations, Release release);

    public override string ToString() => Name;
}

/// <summary>
/// An annotation of type <typeparamref name="T"/>. <paramref name="toRelease"/> says where it goes in
/// the output <see cref="Release"/>; an intermediate annotation (what a text is about) has none.
/// </summary>
public sealed class AnnotationKey<T>(string name, Action<Release, T>? toRelease = null) : AnnotationKey(name)
{
    internal override void WriteTo(Annotations annotations, Release release)
    {
        if (toRelease is not null && annotations.TryGet(this, out var value)) toRelease(release, value);
    }
}

/// <summary>
/// What the components found in one document, by key. Items that point into the text carry their
/// clean-text span (<see cref="Extracted.Span"/>) besides their source position. While a component runs
/// the pipeline lets it read only what it declared it requires or provides and write only what it
/// provides, so a declaration cannot drift from the code.
/// </summary>
public sealed class Annotations
{
    private readonly Dictionary<AnnotationKey, object?> _values = [];
    private IReadOnlyCollection<AnnotationKey>? _readable, _writable;
    private string? _component;

    public bool Has(AnnotationKey key) => _values.ContainsKey(key);

    public T Get<T>(AnnotationKey<T> key)
    {
        Check(key, _readable, "read");
        if (!_values.TryGetValue(key, out var value))
            throw new InvalidOperationException($"the document has no '{key}' annotation: the component that provides it has not run");
        return (T)value!;
    }

    public bool TryGet<T>(AnnotationKey<T> key, out T value)
    {
        Check(key, _readable, "read");
        if (_values.TryGetValue(key, out var v))
        {
            value = (T)v!;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set<T>(AnnotationKey<T> key, T value)
    {
        Check(key, _writable, "write");
        _values[key] = value;
    }

    /// <summary>Limits access to <paramref name="component"/>'s declared keys until the scope is disposed.</summary>
    internal Scope For(string component, IReadOnlyCollection<AnnotationKey> readable, IReadOnlyCollection<AnnotationKey> writable)
    {
        (_component, _readable, _writable) = (component, readable, writable);
        return new Scope(this);
    }

    internal readonly struct Scope(Annotations owner) : IDisposable
    {
        public void Dispose() => (owner._component, owner._readable, owner._writable) = (null, null, null);
    }

    private void Check(AnnotationKey key, IReadOnlyCollection<AnnotationKey>? allowed, string access)
    {
        if (allowed is not null && !allowed.Contains(key))
            throw new InvalidOperationException($"component '{_component}' may not {access} '{key}': it is not in what it declares it requires or provides");
    }
}
