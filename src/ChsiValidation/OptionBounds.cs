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
}
