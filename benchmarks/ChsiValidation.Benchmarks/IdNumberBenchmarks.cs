using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ChsiValidation.Benchmarks.Baselines;

namespace ChsiValidation.Benchmarks;

/// <summary>
/// One hot 18-character number (the standard's example): the allocation-free verdict, the full result, and the two
/// baselines that represent what people use today. Ratio column: times the cost of <see cref="IdNumber.IsValid(ReadOnlySpan{char})"/>.
/// </summary>
[MemoryDiagnoser]
public class IdNumberBenchmarks
{
    private string number = "11010519491231002X";

    /// <summary>A field, not a constant, so nothing is folded at JIT time.</summary>
    [GlobalSetup]
    public void Setup() => number = string.Concat("110105", "19491231002X");

    [Benchmark(Baseline = true)]
    public bool IsValid() => IdNumber.IsValid(number);

    [Benchmark]
    public IdNumberResult Validate() => IdNumber.Validate(number);

    /// <summary>Baseline (a), see <see cref="BlogIdNumberValidator"/>.</summary>
    [Benchmark]
    public bool BlogRegex_a() => BlogIdNumberValidator.IsValid(number);

    /// <summary>Baseline (b), see <see cref="LibraryStyleIdNumberValidator"/>.</summary>
    [Benchmark]
    public bool JavaJsDesign_b() => LibraryStyleIdNumberValidator.IsValidCard18(number);
}

/// <summary>
/// 100,000 numbers (90% valid, 10% wrong check character, fixed seed) on one thread. Times are per number
/// (OperationsPerInvoke); Op/s is numbers per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class IdNumberCorpusBenchmarks
{
    private string[] corpus = [];

    [GlobalSetup]
    public void Setup() => corpus = IdNumberCorpus.Create();

    [Benchmark(Baseline = true, OperationsPerInvoke = IdNumberCorpus.Size)]
    public int IsValid()
    {
        int valid = 0;
        foreach (string number in corpus)
        {
            valid += IdNumber.IsValid(number) ? 1 : 0;
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = IdNumberCorpus.Size)]
    public int Validate()
    {
        int valid = 0;
        foreach (string number in corpus)
        {
            valid += IdNumber.Validate(number).IsValid ? 1 : 0;
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = IdNumberCorpus.Size)]
    public int BlogRegex_a()
    {
        int valid = 0;
        foreach (string number in corpus)
        {
            valid += BlogIdNumberValidator.IsValid(number) ? 1 : 0;
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = IdNumberCorpus.Size)]
    public int JavaJsDesign_b()
    {
        int valid = 0;
        foreach (string number in corpus)
        {
            valid += LibraryStyleIdNumberValidator.IsValidCard18(number) ? 1 : 0;
        }

        return valid;
    }

    /// <summary>Adds numbers per second.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}

/// <summary>
/// The checksum kernel alone over the corpus: digit test and weighted sum of 17 digits, SIMD against scalar, and the
/// foundation's form (a bounds-checked digit loop, then a second loop for the sum) for reference.
/// </summary>
[MemoryDiagnoser]
public class IdNumberChecksumBenchmarks
{
    private string[] corpus = [];

    [GlobalSetup]
    public void Setup() => corpus = IdNumberCorpus.Create();

    [Benchmark(Baseline = true, OperationsPerInvoke = IdNumberCorpus.Size)]
    public int Vector128()
    {
        int total = 0;
        foreach (string number in corpus)
        {
            total += IdNumber.CanonicalWeightedSumVector(number);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = IdNumberCorpus.Size)]
    public int ScalarUnrolled()
    {
        int total = 0;
        foreach (string number in corpus)
        {
            total += IdNumber.CanonicalWeightedSumScalar(number);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = IdNumberCorpus.Size)]
    public int FoundationLoops()
    {
        int total = 0;
        foreach (string number in corpus)
        {
            total += FoundationSum(number);
        }

        return total;
    }

    /// <summary>The foundation commit's IsCanonical18 followed by CheckCharacterOf's loop.</summary>
    private static int FoundationSum(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return -1;
            }
        }

        if (!char.IsAsciiDigit(s[17]) && s[17] != 'X')
        {
            return -1;
        }

        ReadOnlySpan<byte> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        int sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += (s[i] - '0') * weights[i];
        }

        return sum;
    }
}
