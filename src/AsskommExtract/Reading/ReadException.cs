namespace AsskommExtract.Reading;

/// <summary>An input that cannot be read as a release; the message is the one-line reason shown to the user.</summary>
public sealed class ReadException(string message) : Exception(message);
