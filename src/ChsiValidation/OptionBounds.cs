namespace ChsiValidation;

/// <summary>
/// The bounds check every options record runs when a value is set, so that nothing a caller configures can make a rule
/// misbehave later (a negative length, a length that sizes a buffer beyond any real input).
/// </summary>
internal static class OptionBounds
{
    internal static T Check<T>(T value, T min, T max, string name)
        where T : System.Numerics.INumber<T>
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }

        return value;
    }

    internal static void CheckOrder(int min, int max, string minName, string maxName)
    {
        if (min > max)
        {
            throw new ArgumentOutOfRangeException(maxName, max, $"{maxName} ({max}) must not be less than {minName} ({min}).");
        }
    }

    /// <summary>
    /// A mask character must read as a mask: a printable, non-space character of the Basic Multilingual Plane that is
    /// neither a letter nor a digit (a masked 110105XXXXXXXX002X could not be told from a number).
    /// </summary>
    internal static char CheckMaskCharacter(char value, string name)
    {
        if (char.IsSurrogate(value) || char.IsLetterOrDigit(value) || char.IsWhiteSpace(value) || char.IsControl(value)
            || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(value) is System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a printable character that is not a letter, digit or space.");
        }

        return value;
    }
}
