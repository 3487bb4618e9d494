using AsskommExtract.Benchmarks;
using BenchmarkDotNet.Running;

// `allocations DIR`: the bytes the whole run allocates per release (read, clean, extract, speaker
// ids, JSON line), counted by the runtime; the rest of the arguments go to BenchmarkDotNet.
if (args is ["allocations", var dir]) return Allocations.Measure(dir);
BenchmarkSwitcher.FromAssembly(typeof(Releases).Assembly).Run(args);
return 0;
