using System.Globalization;
using System.Text;

namespace ChsiValidation.Tests;

/// <summary>
/// The generated Latin composition table (tools/UnihanTables/generate.py, from UnicodeData.txt) against something we did
/// not write: the runtime's own Unicode normaliser (ICU on the test machines).
/// </summary>
public class LatinCompositionTests
{
    [Trait("Globalization", "ICU")] // IdnMapping / string.Normalize: ICU data, absent under invariant globalization
    [Fact]
    public void Every_pair_composes_as_the_runtime_normaliser_composes_it()
    {
        ReadOnlySpan<uint> keys = LatinCompositions.Keys;
        Assert.Equal(497, keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            Assert.True(i == 0 || keys[i - 1] < keys[i], "sorted, for the binary search");
            string pair = string.Concat((char)(keys[i] >> 16), (char)(keys[i] & 0xFFFF));
            Assert.Equal(((char)LatinCompositions.Values[i]).ToString(), pair.Normalize(NormalizationForm.FormC));
        }
    }

    [Trait("Globalization", "ICU")] // IdnMapping / string.Normalize: ICU data, absent under invariant globalization
    [Fact]
    public void Every_Latin_letter_the_name_rule_accepts_composes_back_from_its_decomposed_form()
    {
        var latin = new PersonNameOptions { AllowLatin = true };
        int checkedLetters = 0;
        foreach (var (first, last) in new[] { (0x00C0, 0x024F), (0x1E00, 0x1EFF) })
        {
            for (int cp = first; cp <= last; cp++)
            {
                string letter = ((char)cp).ToString();
                string decomposed = letter.Normalize(NormalizationForm.FormD);
                if (decomposed == letter || !PersonName.Validate("A" + letter, latin).IsValid)
                {
                    continue; // not decomposable, or not a letter the rule takes
                }

                // The decomposed letter is accepted and composes back to the very same letter.
                PersonNameResult result = PersonName.Validate("A" + decomposed, latin);
                Assert.True(result.IsValid, $"U+{cp:X4} as {string.Join(' ', decomposed.Select(c => $"U+{(int)c:X4}"))}: {result.Error}");
                Assert.Equal("A" + letter, result.Normalized);
                checkedLetters++;
            }
        }

        Assert.True(checkedLetters > 400, $"{checkedLetters}");
    }
}
