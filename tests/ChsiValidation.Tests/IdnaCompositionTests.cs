namespace ChsiValidation.Tests;

/// <summary>
/// The quick check the email rule runs without ICU (UAX #15 §9), called directly so that it is tested in both
/// globalization modes: exactly where it stops, not only that it never lets a string NFC would change through.
/// </summary>
public class IdnaCompositionTests
{
    [Theory]
    [InlineData("e\u0301.com", 1)]        // e + combining acute: NFC composes é
    [InlineData("x.e\u0301", 3)]          // in a later label, at its own index
    [InlineData("b\u0301", 1)]            // b starts compositions (ḃ), U+0301 may compose: refused, erring toward refusal
    [InlineData("q\u0301\u0316", 2)]      // marks out of canonical order (230 before 220)
    [InlineData("\u1100\u1161", 1)]       // Hangul L + V: NFC makes the syllable 가
    [InlineData("\u00E9.com", -1)]        // already composed
    [InlineData("q\u0316\u0301", -1)]     // marks in order after a starter that composes with nothing
    [InlineData("bücher.de", -1)]
    [InlineData("例子.中国", -1)]
    [InlineData("a-b.c-d", -1)]
    public void Stops_at_the_first_character_NFC_might_change(string domain, int expected) =>
        Assert.Equal(expected, IdnaCharacters.IndexOfUncomposed(domain));

    [Theory]
    [InlineData("e\u0301.com")]
    [InlineData("\u1100\u1161")]
    [InlineData("q\u0301\u0316")]
    public void What_it_stops_at_is_what_NFC_changes(string domain)
    {
        // Under ICU the runtime's own NFC confirms the examples; without ICU Normalize returns its input.
        if (IdnaCharacters.HasIcu)
        {
            Assert.NotEqual(domain, domain.Normalize(System.Text.NormalizationForm.FormC));
        }

        Assert.True(IdnaCharacters.IndexOfUncomposed(domain) >= 0);
    }
}
