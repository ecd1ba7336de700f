using BenchmarkDotNet.Attributes;

namespace ChsiValidation.Benchmarks;

/// <summary>One 18-character validation: the allocation-free verdict and the full result.</summary>
[MemoryDiagnoser]
public class IdNumberBenchmarks
{
    private const string Number = "11010519491231002X";

    [Benchmark(Baseline = true)]
    public bool IsValid() => IdNumber.IsValid(Number);

    [Benchmark]
    public IdNumberResult Validate() => IdNumber.Validate(Number);
}
