using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AsskommExtract.Benchmarks.Releases).Assembly).Run(args);
