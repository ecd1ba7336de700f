using System.Globalization;

namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    /// <summary>AdministrativeDivision.IsKnown / TryGetName / TryFormatName / IsProvinceCode, span and int forms.</summary>
    internal static void AdministrativeDivisionTarget(string? input)
    {
        ReadOnlySpan<char> text = input.AsSpan();
        bool known = AdministrativeDivision.IsKnown(text);
        string? name = Check.Deterministic(() => AdministrativeDivision.TryGetName(input.AsSpan(), out string? n) ? n : null);
        Check.That(known == name is not null);
        Check.That(!known || (text.Length == 6 && text.IndexOfAnyExceptInRange('0', '9') < 0));

        // Integer forms, from the text when it is a number and from the raw code units (reaching every int, negatives too).
        if (int.TryParse(input, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed))
        {
            CheckDivisionCode(parsed);
        }

        if (text.Length >= 6 && text[..6].IndexOfAnyExceptInRange('0', '9') < 0)
        {
            int six = int.Parse(text[..6], CultureInfo.InvariantCulture);
            CheckDivisionCode(six);
            Check.Same(AdministrativeDivision.IsKnown(six), AdministrativeDivision.IsKnown(text[..6]));
            if (text.Length == 6)
            {
                Check.That(!AdministrativeDivision.TryGetName(six, out string? byCode) ? name is null : byCode == name);
            }
        }

        if (text.Length >= 2)
        {
            CheckDivisionCode((text[0] << 16) | text[1]);
        }
    }

    private static void CheckDivisionCode(int code)
    {
        bool known = AdministrativeDivision.IsKnown(code);
        string? name = Check.Deterministic(() => AdministrativeDivision.TryGetName(code, out string? n) ? n : null);
        Check.That(known == name is not null);
        Check.That(!known || (code is >= 110000 and <= 829999 && AdministrativeDivision.IsProvinceCode(code / 10000)));
        _ = AdministrativeDivision.IsProvinceCode(code);

        Span<char> buffer = stackalloc char[64];
        bool formatted = AdministrativeDivision.TryFormatName(code, buffer, out int written);
        Check.That(formatted == known);
        if (name is null)
        {
            Check.That(written == 0);
            return;
        }

        Check.That(name.Length > 0 && buffer[..written].SequenceEqual(name));

        // Exactly long enough succeeds; one short fails without writing past the end.
        Check.That(AdministrativeDivision.TryFormatName(code, buffer[..name.Length], out written) && written == name.Length);
        Check.That(!AdministrativeDivision.TryFormatName(code, buffer[..(name.Length - 1)], out written) && written == 0);
    }
}
