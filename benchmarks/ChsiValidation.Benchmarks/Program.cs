using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

// Full run of the ID benchmarks (README):
//   dotnet run -c Release --project benchmarks/ChsiValidation.Benchmarks -- --filter '*IdNumber*'
// Exits non-zero when a benchmark failed or nothing ran, so CI's smoke test can rely on the exit code too.
IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.IsEmpty);
return failed ? 1 : 0;
