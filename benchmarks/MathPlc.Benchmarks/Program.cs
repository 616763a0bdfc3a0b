using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/MathPlc.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(MathPlc.Benchmarks.InstructionalDayBenchmarks).Assembly).Run(args);
