using BenchmarkDotNet.Attributes;

namespace ChsiValidation.Benchmarks;

/// <summary>Typical 2–4 character names with no finding (no allocation expected), and one with a rare character.</summary>
[MemoryDiagnoser]
public class PersonNameBenchmarks
{
    [Params("张三", "王小明", "欧阳娜娜")]
    public string Name { get; set; } = "张三";

    [Benchmark(Baseline = true)]
    public PersonNameResult Validate() => PersonName.Validate(Name);

    [Benchmark]
    public HanziTier TierOfEach()
    {
        HanziTier rarest = HanziTier.NotHanzi;
        foreach (char c in Name)
        {
            HanziTier tier = HanziRepertoire.GetTier(c);
            rarest = tier > rarest ? tier : rarest;
        }

        return rarest;
    }

    [Benchmark]
    public PersonNameResult ValidateWithRareCharacter() => PersonName.Validate("王𠮷");

    [Benchmark]
    public PersonNameResult ValidateMinorityNameWithDotVariant() => PersonName.Validate("阿沛•阿旺晋美");
}
