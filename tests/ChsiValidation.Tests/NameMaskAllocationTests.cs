using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

/// <summary>
/// Mask.TryPersonName asks the name rule through its span entry point (PersonName.Check), which the string rule also
/// runs: same verdict, same canonical form, and no allocation for a name the rule accepts.
/// </summary>
public class NameMaskAllocationTests
{
    public static TheoryData<string, bool> Names() => new()
    {
        { "张三", false },
        { "张小梦", false },
        { "欧阳娜娜", false },
        { " 张小梦\u3000", false }, // trimmed
        { "阿沛·阿旺晋美", false },
        { "阿沛•阿旺晋美", false }, // dot variant folded
        { "阿沛 · 阿旺晋美", false }, // spaces around the dot removed
        { "\u2F08三", false }, // Kangxi radical folded
        { "王𠮷", false }, // a rare character: advice, not an error
        { "𠮷野家", false },
        { "葛\U000E0100优", false }, // an ideographic variation selector dropped
        { "John Smith", true },
        { "Jose\u0301  Mari\u0301a", true }, // marks composed, spaces collapsed
        { "ＪＯＨＮ Ｏ＇Ｂｒｉｅｎ", true }, // full-width folded
        { new string('张', 50), false },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_valid_name_masks_without_allocating(string name, bool latin)
    {
        var options = new PersonNameMaskOptions { Validation = new PersonNameOptions { AllowLatin = latin } };
        Assert.True(PersonName.Validate(name, options.Validation).IsValid);
        Span<char> destination = stackalloc char[256];
        char[] copy = name.ToCharArray(); // a span that is no string
        for (int warm = 0; warm < 3; warm++)
        {
            Mask.TryPersonName(copy, destination, out _, options);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool done = Mask.TryPersonName(copy, destination, out int written, options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(done);
        Assert.Equal(0, allocated);
        Assert.Equal(Mask.PersonName(name, options), destination[..written].ToString());
    }

    [Theory]
    [InlineData("张")] // too short
    [InlineData("张三3")] // invalid character
    [InlineData("张\uD800")] // ill-formed
    [InlineData("John Smith")] // Latin not allowed
    [InlineData("·张三")] // misplaced separator
    [InlineData("王𠮷")] // rare character as an error
    [InlineData("王\uE863")] // a GBK private-use code (the rule's message suggests 䶮; the mask does not ask for it)
    public void A_rejected_name_masks_whole_without_allocating(string name)
    {
        var options = new PersonNameMaskOptions { Validation = new PersonNameOptions { RareCharacterIsError = true } };
        Span<char> destination = stackalloc char[16];
        for (int warm = 0; warm < 3; warm++)
        {
            Mask.TryPersonName(name, destination, out _, options);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        Mask.TryPersonName(name, destination, out int written, options);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal("***", destination[..written].ToString());
    }

    [Fact]
    public void A_long_name_that_needs_folding_costs_one_buffer_and_masks_the_same()
    {
        // 200 characters with a dot variant: the canonical form needs more than the 256-unit stack buffer.
        string name = new string('张', 100) + "•" + new string('李', 99);
        var options = new PersonNameMaskOptions { Validation = new PersonNameOptions { MaxLength = 1000 } };
        Span<char> destination = stackalloc char[512];
        Mask.TryPersonName(name, destination, out _, options);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(Mask.TryPersonName(name, destination, out int written, options));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(allocated, 1, (2 * 2 * name.Length) + 64); // one char[] of twice the input
        Assert.Equal("张" + new string('*', 198) + "李", destination[..written].ToString());
    }

    [Property(MaxTest = 1000)]
    public Property The_span_entry_point_decides_and_folds_as_Validate_does() =>
        Prop.ForAll(
            Gen.Frequency(
                (6, PersonNameGenerators.Names.Select(n => (n.Mutation, n.Text))),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => ("any string", s ?? "")))).ToArbitrary(),
            Gen.Elements(false, true).ToArbitrary(),
            (input, latin) =>
            {
                var options = new PersonNameOptions { AllowLatin = latin };
                PersonNameResult result = PersonName.Validate(input.Item2, options);
                Span<char> buffer = stackalloc char[PersonName.StackBufferLength];
                PersonNameError error = PersonName.Check(input.Item2.ToCharArray(), options, buffer, out ReadOnlySpan<char> canonical);
                bool same = error == result.Error && (!result.IsValid || canonical.SequenceEqual(result.Normalized));
                return same.Classify(result.IsValid, "valid").Collect(input.Item1);
            });
}
