using System.Globalization;
using MobileRule = ChsiValidation.MobileNumber;

namespace ChsiValidation.Testing;

public sealed partial class ChsiFaker
{
    // Tries before a prefix is declared impossible: the rule decides on at most the first five digits today, so a
    // prefix the rule accepts at all fills in on the first try nearly always.
    private const int MaxTries = 1000;

    private static MobilePrefix[]? s_mobilePrefixes;

    /// <summary>A valid mainland mobile number (11 ASCII digits) from any range the mobile rule accepts.</summary>
    public string MobileNumber()
    {
        MobilePrefix prefix = random.Pick(MobilePrefixes);
        return Fill(prefix.Digits, number => MobileRule.IsMobileRange(number))
            ?? throw new InvalidOperationException($"The mobile rule no longer accepts the range {prefix.Digits}.");
    }

    /// <summary>
    /// A valid mobile number from a range originally allocated to <paramref name="carrier"/>: its
    /// <see cref="MobileNumberResult.Carrier"/> is <paramref name="carrier"/> (<see cref="MobileCarrier.Unknown"/> picks
    /// the accepted ranges without a clear operator, such as 1610x).
    /// </summary>
    /// <exception cref="ArgumentException">No accepted range belongs to <paramref name="carrier"/>.</exception>
    public string MobileNumber(MobileCarrier carrier)
    {
        MobilePrefix[] candidates = Array.FindAll(MobilePrefixes, p => p.Carrier == carrier);
        if (candidates.Length == 0)
        {
            throw new ArgumentException($"The mobile rule accepts no range of {carrier}.", nameof(carrier));
        }

        MobilePrefix prefix = random.Pick(candidates);
        return Fill(prefix.Digits, number => MobileRule.Validate(number) is { IsValid: true } result && result.Carrier == carrier)
            ?? throw new InvalidOperationException($"The mobile rule no longer gives {prefix.Digits} to {carrier}.");
    }

    /// <summary>A valid mobile number that starts with <paramref name="prefix"/> (1–11 ASCII digits, e.g. "139" or "1349").</summary>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not 1–11 ASCII digits, or no number starting with it passes the rule.</exception>
    public string MobileNumber(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length is 0 or > MobileRule.Length || !prefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A mobile prefix is 1 to 11 ASCII digits.", nameof(prefix));
        }

        return Fill(prefix, number => MobileRule.IsMobileRange(number))
            ?? throw new ArgumentException($"No mobile number starting with {prefix} passes the mobile rule.", nameof(prefix));
    }

    /// <summary>Completes <paramref name="prefix"/> to 11 digits at random until <paramref name="accept"/> says yes.</summary>
    private string? Fill(string prefix, Func<string, bool> accept)
    {
        Span<char> digits = stackalloc char[MobileRule.Length];
        prefix.CopyTo(digits);
        for (int attempt = 0; attempt < MaxTries; attempt++)
        {
            for (int i = prefix.Length; i < digits.Length; i++)
            {
                digits[i] = random.Digit();
            }

            string number = digits.ToString();
            if (accept(number))
            {
                return number;
            }

            if (prefix.Length == MobileRule.Length)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The five-digit prefixes whose numbers the mobile rule accepts, read from the rule itself (every prefix 10000–19999
    /// with its lowest, middle and highest number), so the generator follows the rule's ranges as they change.
    /// </summary>
    internal static MobilePrefix[] MobilePrefixes => s_mobilePrefixes ??= BuildMobilePrefixes();

    private static MobilePrefix[] BuildMobilePrefixes()
    {
        var prefixes = new List<MobilePrefix>(2048);
        for (int p = 10000; p <= 19999; p++)
        {
            string digits = p.ToString(CultureInfo.InvariantCulture);
            MobileNumberResult low = MobileRule.Validate(digits + "000000");
            if (low.IsValid && MobileRule.IsMobileRange(digits + "555555") && MobileRule.IsMobileRange(digits + "999999"))
            {
                prefixes.Add(new MobilePrefix(digits, low.Carrier));
            }
        }

        return [.. prefixes];
    }

    /// <summary>Numbers starting with five digits that the mobile rule rejects (for <see cref="InvalidInputs"/>).</summary>
    internal static readonly Lazy<string[]> RejectedMobilePrefixes = new(() =>
    {
        var prefixes = new List<string>();
        for (int p = 10000; p <= 19999; p++)
        {
            string digits = p.ToString(CultureInfo.InvariantCulture);
            if (!MobileRule.IsMobileRange(digits + "000000") && !MobileRule.IsMobileRange(digits + "555555")
                && !MobileRule.IsMobileRange(digits + "999999"))
            {
                prefixes.Add(digits);
            }
        }

        return [.. prefixes];
    });

    internal readonly record struct MobilePrefix(string Digits, MobileCarrier Carrier);
}
