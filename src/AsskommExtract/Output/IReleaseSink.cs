using AsskommExtract.Results;

namespace AsskommExtract.Output;

/// <summary>Where results go, one release at a time, in input order. One sink per output format.</summary>
public interface IReleaseSink : IDisposable
{
    void Write(Release release);

    /// <summary>Finishes the output (closing brackets, flushing); not called when the run is abandoned.</summary>
    void Complete();
}
