using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ChsiValidation.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
