using System.Diagnostics;
using System.Text;
using AsskommExtract.Output;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using SharpFuzz;

// asskomm-fuzz afl FORMAT                          one AFL++ target process (instrument AsskommExtract.dll with sharpfuzz first)
// asskomm-fuzz random N [--seed S] [--format F] [--corpus DIR]...
//                                                  N in-process mutations of the seed corpus; exit 1 on the first crash or hang
// FORMAT: text, html, pdf (any format a reader is registered for).
if (args.Length < 2 || args[0] is not ("afl" or "random"))
    return Usage();

if (args[0] == "afl")
{
    // Nothing of the pipeline may exist before the fork server starts (threads, loaded models, the
    // gazetteer): AFL forks this process per input, and a forked runtime with live threads dies. So the
    // pipeline and the reader are built on the first input, inside the forked child.
    ExtractionPipeline? aflPipeline = null;
    IReleaseReader? aflReader = null;
    Fuzzer.OutOfProcess.Run(stream =>
    {
        aflPipeline ??= PipelineFactory.CreateDefault();
        aflReader ??= aflPipeline.Readers.ForPath("input." + (args[1] == "text" ? "txt" : args[1]))
            ?? throw new ArgumentException($"no reader for '{args[1]}'");
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        Target(aflPipeline, aflReader, ms.ToArray());
    });
    return 0;
}

var pipeline = PipelineFactory.CreateDefault();

if (!int.TryParse(args[1], out int iterations)) return Usage();
int seed = 1;
string format = "text";
var corpusDirs = new List<string>();
for (int i = 2; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--seed": seed = int.Parse(args[i + 1]); break;
        case "--format": format = args[i + 1]; break;
        case "--corpus": corpusDirs.Add(args[i + 1]); break;
        default: return Usage();
    }
}
var reader = ReaderFor(format);
if (reader is null) return Usage();
if (corpusDirs.Count == 0) corpusDirs.Add(Path.Combine(AppContext.BaseDirectory, "corpus", format));
var corpus = corpusDirs.Where(Directory.Exists)
    .SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories))
    .Where(f => reader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
    .Order(StringComparer.Ordinal)
    .Select(File.ReadAllBytes)
    .ToList();
if (corpus.Count == 0)
{
    Console.Error.WriteLine($"asskomm-fuzz: no {format} seed files in {string.Join(", ", corpusDirs)}");
    return 2;
}

var random = new Random(seed);
var watch = Stopwatch.StartNew();
var perInput = TimeSpan.FromSeconds(20);
for (int n = 0; n < iterations; n++)
{
    var input = Mutator.Mutate(random, corpus);
    var run = Task.Run(() => Target(pipeline, reader, input));
    string? failure = null;
    try
    {
        if (!run.Wait(perInput)) failure = $"no result after {perInput.TotalSeconds:0} s (a hang or a blow-up)";
    }
    catch (AggregateException e)
    {
        failure = e.InnerException!.ToString();
    }
    if (failure is null) continue;
    var crash = Path.GetFullPath($"fuzz-crash-{format}-seed{seed}-{n}.bin");
    File.WriteAllBytes(crash, input);
    Console.Error.WriteLine($"asskomm-fuzz: input {n} (seed {seed}) failed; saved as {crash}\n{failure}");
    return 1;
}
Console.WriteLine($"asskomm-fuzz: {iterations} {format} inputs from {corpus.Count} seeds (seed {seed}) in {watch.Elapsed.TotalSeconds:0.0} s, no crash");
return 0;

// The property fuzzed: a reader either reads the bytes or throws ReadException; whatever it reads,
// cleaning, every extractor and the JSON writer take without an exception.
static void Target(ExtractionPipeline pipeline, IReleaseReader target, byte[] bytes)
{
    AsskommExtract.Documents.SourceText text;
    try
    {
        text = target.Read(bytes);
    }
    catch (ReadException)
    {
        return;
    }
    var release = pipeline.Extract("fuzz", text);
    ReleaseJson.Serialize(release);
}

IReleaseReader? ReaderFor(string name)
{
    var found = pipeline.Readers.ForPath("input." + (name == "text" ? "txt" : name));
    if (found is null) Console.Error.WriteLine($"asskomm-fuzz: no reader for '{name}' in this build (known: {string.Join(' ', pipeline.Readers.Extensions)})");
    return found;
}

static int Usage()
{
    Console.Error.WriteLine("usage: asskomm-fuzz afl FORMAT | asskomm-fuzz random N [--seed S] [--format FORMAT] [--corpus DIR]...");
    Console.Error.WriteLine("FORMAT: a format a reader is registered for (text, html, pdf)");
    return 2;
}

/// <summary>Stacked byte-level mutations, AFL style, plus tokens that steer into the cleaner's rules.</summary>
internal static class Mutator
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\n", "\n\n", "\r\n", "-\n", "**", "# ", "* ", "»", "«", "„", "“", "\"", "Hausanschrift:", "Ihr Ansprechpartner", "Durchwahl",
            "01.02.2023", "Am 3. März 2022 ", "seit dem 4. Mai 2019", "ASSKomm", "Kooperationsvereinbarung", "über 120 Kommunen", "1,3 Millionen Euro",
            "Bürgermeister Max Muster:", "Links:", "%PDF-1.4\n", "<html><body><p>", "</p>", "<h1>", "&amp;", "&#x2019;", "<!--",
        }.Select(Encoding.UTF8.GetBytes),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xC3], [0xE2, 0x80], [0x00], [0xFF], [0x80], [0xF0, 0x9F, 0x98, 0x80],
    ];

    public static byte[] Mutate(Random random, List<byte[]> corpus)
    {
        var data = new List<byte>(corpus[random.Next(corpus.Count)]);
        int count = 1 << random.Next(4);
        for (int i = 0; i < count; i++)
        {
            int at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(7))
            {
                case 0 when data.Count > 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                case 1 when data.Count > 0: data[at] = (byte)random.Next(256); break;
                case 2: data.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
                case 3 when data.Count > 0: data.RemoveRange(at, random.Next(Math.Min(64, data.Count - at) + 1)); break;
                case 4 when data.Count > 0:
                    int len = random.Next(Math.Min(512, data.Count - at) + 1);
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, len));
                    break;
                case 5:
                    var other = corpus[random.Next(corpus.Count)];
                    int from = random.Next(other.Length + 1);
                    data.InsertRange(at, other.AsSpan(from, random.Next(Math.Min(256, other.Length - from) + 1)).ToArray());
                    break;
                case 6 when data.Count > 0: data.RemoveRange(at, data.Count - at); break; // truncation
            }
        }
        return [.. data];
    }
}
