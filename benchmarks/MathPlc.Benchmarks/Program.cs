using BenchmarkDotNet.Running;
using MathPlc.Benchmarks;

// Run with: dotnet run -c Release --project benchmarks/MathPlc.Benchmarks -- --filter '*'
// The state-scale run (600 million scores, chunked): dotnet run -c Release --project benchmarks/MathPlc.Benchmarks -- state-scale
if (args is ["state-scale", .. var rest]) return StateScale.Run(rest);
BenchmarkSwitcher.FromAssembly(typeof(InstructionalDayBenchmarks).Assembly).Run(args);
return 0;
