using System.Globalization;
using System.Text;

namespace ChsiValidation.Tests;

/// <summary>
/// The generated IDNA tables (tools/IdnaTables/generate.py, from the Unicode 15.0 Character Database) against what we did
/// not write: ICU's UTS #46 mapping through <see cref="IdnMapping"/> and ICU's normaliser.
/// </summary>
public class IdnaTableTests
{
    private static readonly IdnMapping Idna = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    /// <summary>
    /// Every code point the email rule's label check accepts (a mark read after a letter): the table refuses it exactly
    /// when ICU's IDNA mapping rewrites it beyond case and composition, the check the rule has always made with ICU
    /// (a label "a" + the character must decode to itself, up to lower case and NFC).
    /// </summary>
    [Trait("Globalization", "ICU")] // IdnMapping / string.Normalize: ICU data, absent under invariant globalization
    [Fact]
    public void The_refused_table_agrees_with_the_ICU_mapping_on_every_label_character()
    {
        int checkedCount = 0;
        int newer = 0;
        var singletons = new List<int>();
        var cherokee = new List<int>();
        var unexplained = new List<string>();
        for (int codePoint = 0x80; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF || !Email.IsLabelCharacter(codePoint, afterLetter: true))
            {
                continue;
            }

            if (!UnicodeAssigned.Contains(codePoint))
            {
                // A letter of a Unicode version newer than the table's 15.0 that the runtime's character data has (.NET
                // 10: Unicode 16.0). The table says nothing of it: with ICU 72, IdnMapping refuses it as unassigned;
                // without ICU it passes.
                newer++;
                continue;
            }

            checkedCount++;
            string character = char.ConvertFromUtf32(codePoint);
            bool table = IdnaCharacters.IsRefused(codePoint);
            bool icu = IcuRewrites(character);
            if (table == icu)
            {
                continue;
            }

            if (table && character.Normalize(NormalizationForm.FormC) != character)
            {
                // A canonical singleton (U+F900 豈 → U+8C48, U+0340 → U+0300, U+1F71 → U+03AC): the ICU check compares
                // with the typed text's NFC form, so it let these through and encoded their canonical equivalent. Without
                // ICU nothing makes that equivalent: the table refuses them, as IDNA2008 does (RFC 5892 §2.2, Unstable).
                singletons.Add(codePoint);
            }
            else if (codePoint is (>= 0x13A0 and <= 0x13FD) or (>= 0xAB70 and <= 0xABBF))
            {
                // Cherokee: IDNA case-folds it to upper case (U+AB70 → U+13A0), .NET lower-cases it (U+13A0 → U+AB70).
                // The rule lower-cases a label before encoding it (without ICU nothing else would), which would give
                // another A-label than ICU's: the table refuses Cherokee, both cases.
                cherokee.Add(codePoint);
            }
            else
            {
                unexplained.Add($"U+{codePoint:X4} {CharUnicodeInfo.GetUnicodeCategory(codePoint)} table={table} icu={icu}");
            }
        }

        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained));
        Assert.Equal(86 + 6 + 80, cherokee.Count);
        Assert.InRange(singletons.Count, 1000, 1200); // 1,089 with .NET 10 and ICU 72
        Assert.InRange(checkedCount, 130_000, 400_000); // 139,060 with .NET 10
        Assert.InRange(newer, 0, 10_000); // 5,055 with .NET 10
    }

    private static bool IcuRewrites(string character)
    {
        string probe = "a" + character;
        try
        {
            string back = Idna.GetUnicode(Idna.GetAscii(probe));
            return back.ToLowerInvariant() != probe.ToLowerInvariant().Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    /// <summary>
    /// What the composition check lets through is in NFC, by ICU's normaliser: every starter of a canonical composition
    /// followed by every character that ends one (pairs), and some of them followed by two combining marks in either
    /// order (canonical reordering), Hangul jamo included.
    /// </summary>
    [Trait("Globalization", "ICU")] // IdnMapping / string.Normalize: ICU data, absent under invariant globalization
    [Fact]
    public void What_the_composition_check_lets_through_is_in_NFC()
    {
        var firsts = new SortedSet<int>();
        var seconds = new SortedSet<int>();
        for (int codePoint = 0x80; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            int[] decomposed = char.ConvertFromUtf32(codePoint).Normalize(NormalizationForm.FormD).EnumerateRunes().Select(r => r.Value).ToArray();
            if (decomposed.Length > 1)
            {
                firsts.Add(decomposed[0]);
                seconds.UnionWith(decomposed.Skip(1));
            }
        }

        int[] kept(IEnumerable<int> set) => set.Where(c => c < 0x80 ? char.IsAsciiLetter((char)c) : Email.IsLabelCharacter(c, afterLetter: true) && !IdnaCharacters.IsRefused(c)).ToArray();
        int[] bases = kept(firsts.Concat([(int)'b', 'q', 0x0BA8, 0x0915, 0x4F8B, 0x1100, 0xAC00, 0xAC01])).ToArray();
        int[] marks = kept(seconds.Concat([0x093C, 0x094D, 0x0651, 0x064E, 0x05B0, 0x05B8, 0x0334, 0x0E38, 0x0E48, 0x0BCD, 0x3099])).ToArray();
        int checkedCount = 0;
        int refusedInNfc = 0;
        var missed = new List<string>();
        void Check(string s)
        {
            checkedCount++;
            bool inNfc = s.Normalize(NormalizationForm.FormC) == s;
            bool passes = IdnaCharacters.IndexOfUncomposed(s) < 0;
            if (passes && !inNfc)
            {
                missed.Add(string.Join(" ", s.EnumerateRunes().Select(r => $"U+{r.Value:X4}")));
            }
            else if (!passes && inNfc)
            {
                refusedInNfc++;
            }
        }

        foreach (int first in bases)
        {
            foreach (int second in marks)
            {
                Check(char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second));
            }
        }

        foreach (int first in new[] { 'a', 'e', 'o', 'u', 'b', 'q', 0x1EA1, 0x0915, 0x05D0, 0x0627, 0x0E01, 0x0BC6, 0x1100, 0xAC00 })
        {
            foreach (int one in marks)
            {
                foreach (int two in marks)
                {
                    Check(char.ConvertFromUtf32(first) + char.ConvertFromUtf32(one) + char.ConvertFromUtf32(two));
                }
            }
        }

        Assert.True(missed.Count == 0, string.Join("\n", missed.Take(50)));
        Assert.InRange(checkedCount, 250_000, 400_000);

        // The check errs on the side of refusing: a character that may compose is refused after any starter that begins
        // some composition (b + U+0301 is in NFC, yet refused, since b begins ḃ), and so is everything after it. About
        // 57% of these probes, made of composing characters, are refused though in NFC; only without ICU.
        Assert.InRange(refusedInNfc, 1, checkedCount - 1);
    }

    // RFC 3492 §7.1 sample strings (those without mixed-case annotations), and labels of this rule's tests.
    [Theory]
    [InlineData("他们为什么不说中文", "xn--ihqwcrb4cv8a8dqg056pqjye")]
    [InlineData("他們爲什麽不說中文", "xn--ihqwctvzc91f659drss3x8bo0yb")]
    [InlineData("なぜみんな日本語を話してくれないのか", "xn--n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa")]
    [InlineData("ليهمابتكلموشعربي؟", "xn--egbpdaj6bu4bxfgehfvwxn")]
    [InlineData("例子.中国", "xn--fsqu00a.xn--fiqs8s")]
    [InlineData("bücher.de", "xn--bcher-kva.de")]
    [InlineData("例1-2.cn", "xn--1-2-uc0e.cn")]
    [InlineData("𠀀𠀁", "xn--j50ic")]
    public void Punycode_encodes_and_decodes_as_RFC_3492_says(string unicode, string ascii)
    {
        Assert.Equal(ascii, Punycode.ToAscii(unicode));
        Assert.Equal(unicode, Punycode.ToUnicode(ascii));
        Assert.Equal(unicode, Punycode.ToUnicode(ascii.ToUpperInvariant())?.ToLowerInvariant()); // digits in either case
    }

    [Theory]
    [InlineData("xn--")]
    [InlineData("xn--99999999999")] // overflow
    [InlineData("xn--ls8h-")]
    [InlineData("xn--a_b")]
    [InlineData("xn--ü")]
    [InlineData("xn--ü-a")]
    public void Punycode_that_is_not_refuses_to_decode(string ascii)
    {
        string? decoded = Punycode.ToUnicode(ascii);
        Assert.True(decoded is null || decoded.Length == 0 || Punycode.ToAscii(decoded) != ascii, decoded);
    }

    /// <summary>The encoder used without ICU gives ICU's A-label for every label character the rule keeps.</summary>
    [Trait("Globalization", "ICU")] // IdnMapping / string.Normalize: ICU data, absent under invariant globalization
    [Fact]
    public void Punycode_gives_the_A_label_ICU_gives()
    {
        int compared = 0;
        var random = new Random(3492);
        var kept = new List<string>();
        for (int codePoint = 0x80; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF || !Email.IsLabelCharacter(codePoint, afterLetter: true) || IdnaCharacters.IsRefused(codePoint))
            {
                continue;
            }

            string character = char.ConvertFromUtf32(codePoint).ToLowerInvariant();
            kept.Add(character);
            string label = "a" + character;
            if (label.Normalize(NormalizationForm.FormC) == label && IcuAscii(label) is { } icu)
            {
                Assert.Equal(icu, Punycode.ToAscii(label));
                Assert.Equal(label, Punycode.ToUnicode(icu));
                compared++;
            }
        }

        // Longer labels of random kept characters, with ASCII letters, digits and hyphens between them.
        for (int i = 0; i < 20_000; i++)
        {
            var label = new StringBuilder(random.Next(2) == 0 ? "a" : "");
            int length = random.Next(1, 12);
            for (int j = 0; j < length; j++)
            {
                label.Append(random.Next(4) == 0 ? "z9-"[random.Next(3)].ToString() : kept[random.Next(kept.Count)]);
            }

            string text = label.ToString().TrimEnd('-');
            if (text.Normalize(NormalizationForm.FormC) == text && IcuAscii(text) is { } icu)
            {
                Assert.Equal(icu, Punycode.ToAscii(text));
                Assert.Equal(text, Punycode.ToUnicode(icu));
                compared++;
            }
        }

        Assert.InRange(compared, 130_000, 200_000);
    }

    private static string? IcuAscii(string label)
    {
        try
        {
            return Idna.GetAscii(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
