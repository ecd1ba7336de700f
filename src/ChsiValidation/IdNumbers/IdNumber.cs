using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ChsiValidation;

/// <summary>
/// Chinese citizen identity numbers (公民身份号码, GB 11643-1999) and the cards that share their layout: resident ID
/// cards, residence permits for Hong Kong, Macao and Taiwan residents, and the 2023 foreign permanent resident ID.
/// </summary>
/// <remarks>
/// Layout: six-digit address code (GB/T 2260), birth date yyyyMMdd, three-digit sequence code (odd male, even female),
/// check character. Checks run in this order and the first failure is reported: characters and length, address
/// code, birth date, check character. Nothing here throws on bad input, allocates on the valid path of canonical
/// 18-character input, or uses regular expressions.
/// </remarks>
public static partial class IdNumber
{
    /// <summary>Length of a second-generation number.</summary>
    public const int Length = 18;

    /// <summary>Length of a first-generation number (GB 11643-1989).</summary>
    public const int FirstGenerationLength = 15;

    /// <summary>The age of majority: a person of 18 or more is an adult (成年人, 民法典 art. 17).</summary>
    public const int AgeOfMajority = 18;

    // Room for 18 characters with a space around and between each; anything longer is refused unread.
    internal const int MaxInputLength = 40;

    /// <summary>
    /// Validates a typed ID number. Full-width digits, lower-case x and spaces are folded unless
    /// <see cref="IdNumberOptions.Strict"/> is set; <see cref="IdNumberResult.Changes"/> says what was folded.
    /// </summary>
    /// <param name="input">What the person typed; <see langword="null"/> is reported as <see cref="IdNumberError.Empty"/>.</param>
    /// <param name="options">The rules to apply; <see langword="null"/> means <see cref="IdNumberOptions.Default"/>.</param>
    /// <returns>The verdict with the reason and the facts read from the number. Never throws.</returns>
    public static IdNumberResult Validate(string? input, IdNumberOptions? options = null)
    {
        options ??= IdNumberOptions.Default;
        if (input is { Length: Length })
        {
            int sum = CanonicalWeightedSum(input);
            if (sum >= 0)
            {
                // Already canonical: nothing to fold, the input is its own normal form.
                IdNumberResult canonicalResult = Check18(input, sum, options);
                return canonicalResult with { Normalized = input, RegionName = RegionNameOf(canonicalResult) };
            }
        }

        ReadOnlySpan<char> span = input.AsSpan();
        Span<char> buffer = stackalloc char[Length];
        IdNumberResult folded = Fold(span, buffer, options.Strict, out int length);
        if (folded.Error != IdNumberError.None)
        {
            return folded;
        }

        ReadOnlySpan<char> canonical = buffer[..length];
        string normalized = folded.Changes == IdNumberChanges.None && input!.Length == length ? input : canonical.ToString();
        IdNumberResult result = length == Length
            ? Check18(canonical, CanonicalWeightedSum(canonical), options)
            : CheckFirstGeneration(canonical, options);
        return result with { Normalized = normalized, Changes = folded.Changes, RegionName = RegionNameOf(result) };
    }

    // A rejected code is named by nothing (a foreign card's province 71 would otherwise read 台湾省).
    private static string? RegionNameOf(IdNumberResult result) =>
        result.Error == IdNumberError.UnknownRegion ? null : AdministrativeDivision.NameOrNull(result.RegionCode);

    /// <summary>
    /// <see langword="true"/> when <paramref name="input"/> is a valid number under <see cref="IdNumberOptions.Default"/>;
    /// the same verdict as <c>Validate(input).IsValid</c>, without allocating.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> input) => IsValid(input, IdNumberOptions.Default);

    /// <summary>
    /// <see langword="true"/> when <paramref name="input"/> is a valid number under <paramref name="options"/>; the same
    /// verdict as <c>Validate(input, options).IsValid</c>, without allocating.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> input, IdNumberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (input.Length == Length)
        {
            int sum = CanonicalWeightedSum(input);
            if (sum >= 0)
            {
                return IsValidCanonical18(input, sum, options);
            }
        }

        return IsValidFolded(input, options);
    }

    /// <summary>
    /// <see langword="true"/> when <see cref="Validate"/> accepts <paramref name="input"/> exactly as typed: valid, and
    /// its <see cref="IdNumberResult.Normalized"/> form the input itself (18 characters of digits and an upper-case X, or a
    /// first-generation number's 15 digits). Nothing is allocated for an 18-character number (a first-generation number's
    /// check builds its 18-digit upgrade). For checking many numbers (a roster), where only the others need a result
    /// built.
    /// </summary>
    /// <param name="input">The number as typed.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="IdNumberOptions.Default"/>.</param>
    public static bool IsValidAsTyped(ReadOnlySpan<char> input, IdNumberOptions? options = null) =>
        IsValidAsTyped(input, options ?? IdNumberOptions.Default, out _);

    /// <summary><see cref="IsValidAsTyped(ReadOnlySpan{char}, IdNumberOptions?)"/>, and the number's kind when valid.</summary>
    internal static bool IsValidAsTyped(ReadOnlySpan<char> input, IdNumberOptions options, out IdNumberKind kind)
    {
        kind = IdNumberKind.Unknown;
        if (input.Length == Length && CanonicalWeightedSum(input) is int sum and >= 0)
        {
            // Canonical already: the verdict without building a result.
            if (!IsValidCanonical18(input, sum, options))
            {
                return false;
            }

            kind = input[0] == '9' ? IdNumberKind.ForeignPermanentResidentId : KindOfRegion(Number(input, 0, 6));
            return true;
        }

        if (input.Length != FirstGenerationLength || !TypedText.IsAsciiDigits(input))
        {
            return false;
        }

        IdNumberResult result = CheckFirstGeneration(input, options);
        kind = result.Kind;
        return result.Error == IdNumberError.None && result.Kind != IdNumberKind.Unknown;
    }

    /// <summary>
    /// <see cref="IsValid(ReadOnlySpan{char}, IdNumberOptions)"/> for input that is not canonical: fold, then check. Kept
    /// out of line so that the canonical path's frame has no stack buffer to clear and no stack cookie to check.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsValidFolded(ReadOnlySpan<char> input, IdNumberOptions options)
    {
        Span<char> buffer = stackalloc char[Length];
        IdNumberResult folded = Fold(input, buffer, options.Strict, out int length);
        if (folded.Error != IdNumberError.None)
        {
            return false;
        }

        // The checks' own results carry no Normalized (Validate adds it), so their Error is the verdict, not IsValid.
        IdNumberResult result = length == Length
            ? Check18(buffer, CanonicalWeightedSum(buffer), options)
            : CheckFirstGeneration(buffer[..length], options);
        return result.Error == IdNumberError.None;
    }

    /// <summary>Computes the check character (0–9 or X) for the first 17 digits of a number (ISO 7064 MOD 11-2).</summary>
    /// <param name="first17">Exactly 17 ASCII digits.</param>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (!TryComputeCheckCharacter(first17, out char check))
        {
            throw new ArgumentException("Expected exactly 17 ASCII digits.", nameof(first17));
        }

        return check;
    }

    /// <summary>Computes the check character for the first 17 digits; <see langword="false"/> unless they are 17 ASCII digits.</summary>
    public static bool TryComputeCheckCharacter(ReadOnlySpan<char> first17, out char check)
    {
        check = default;
        if (first17.Length != Length - 1 || !TypedText.IsAsciiDigits(first17))
        {
            return false;
        }

        check = CheckCharacterOf(first17);
        return true;
    }

    /// <summary>
    /// Upgrades a first-generation number to 18 digits: inserts the century 19 after the address code and appends the
    /// check character (610104620927690 → 610104196209276908).
    /// </summary>
    /// <param name="input">A typed 15-digit number; folded like <see cref="Validate"/> folds input.</param>
    /// <param name="upgraded">The 18-digit number, or <see langword="null"/>.</param>
    /// <returns>
    /// <see langword="false"/> when the input is not 15 digits with a province code (as <see cref="RegionCheck.Province"/>
    /// checks it) and a real birth date.
    /// </returns>
    public static bool TryUpgradeFirstGeneration(string? input, [NotNullWhen(true)] out string? upgraded)
    {
        Span<char> buffer = stackalloc char[Length];
        if (!TryUpgradeFirstGeneration(input.AsSpan(), buffer, out _))
        {
            upgraded = null;
            return false;
        }

        upgraded = buffer.ToString();
        return true;
    }

    /// <summary>Span form of <see cref="TryUpgradeFirstGeneration(string?, out string?)"/>; writes 18 characters.</summary>
    /// <param name="input">A typed 15-digit number.</param>
    /// <param name="destination">At least 18 characters.</param>
    /// <param name="charsWritten">18 on success, otherwise 0.</param>
    public static bool TryUpgradeFirstGeneration(ReadOnlySpan<char> input, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        Span<char> buffer = stackalloc char[Length];
        if (destination.Length < Length
            || Fold(input, buffer, strict: false, out int length).Error != IdNumberError.None
            || length != FirstGenerationLength)
        {
            return false;
        }

        ReadOnlySpan<char> digits = buffer[..FirstGenerationLength];
        if (!IsFirstGenerationRegion(Number(digits, 0, 6), RegionCheck.Province)
            || !IsRealDate(1900 + Number(digits, 6, 2), Number(digits, 8, 2), Number(digits, 10, 2)))
        {
            return false;
        }

        Upgrade(digits, destination);
        charsWritten = Length;
        return true;
    }
}
