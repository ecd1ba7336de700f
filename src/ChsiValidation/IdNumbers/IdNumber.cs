using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
public static class IdNumber
{
    /// <summary>Length of a second-generation number.</summary>
    public const int Length = 18;

    /// <summary>Length of a first-generation number (GB 11643-1989).</summary>
    public const int FirstGenerationLength = 15;

    // Room for 18 characters with a space around and between each; anything longer is refused unread.
    internal const int MaxInputLength = 40;

    // Where typed spaces may stand inside a number, as bit n = "after n characters": between GB 11643's fields, address
    // code (6) | year | month | day | sequence code (3) | check character, so 6-8-4 and 6-4-4-4 groupings both pass.
    private const int FieldBoundaries18 = (1 << 6) | (1 << 10) | (1 << 12) | (1 << 14) | (1 << 17);

    // First generation (GB 11643-1989): address code (6) | yy | mm | dd | sequence code (3).
    private const int FieldBoundaries15 = (1 << 6) | (1 << 8) | (1 << 10) | (1 << 12);

    // GB 11643-1999 §8.2: W_i = 2^(17-i) mod 11 for the first 17 positions; check = "10X98765432"[S mod 11].
    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static ReadOnlySpan<char> CheckCharacters => "10X98765432";

    // Days of each month in a common year; February gains the 29th in leap years (Gregorian rule).
    private static ReadOnlySpan<byte> DaysInMonth => [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
        if (first17.Length != Length - 1)
        {
            return false;
        }

        foreach (char c in first17)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
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

    /// <summary>
    /// Folds typed input into <paramref name="buffer"/> (ASCII digits, X last), stopping at the first character that
    /// cannot be part of a number. Reports Empty, InvalidCharacter, NotCanonical or InvalidLength; on success
    /// <paramref name="length"/> is 18 or 15 and the result carries the changes made.
    /// </summary>
    private static IdNumberResult Fold(ReadOnlySpan<char> input, Span<char> buffer, bool strict, out int length)
    {
        length = 0;
        if (input.Length > MaxInputLength)
        {
            return IdNumberResult.Fail(IdNumberError.InvalidLength);
        }

        if (TypedText.IsBlank(input))
        {
            return IdNumberResult.Fail(IdNumberError.Empty);
        }

        var changes = IdNumberChanges.None;
        int firstChange = -1;
        int xAt = -1;
        int spaceRun = -1; // index of the first space of the run just read, while no character has followed it
        int misplaced18 = -1, misplaced15 = -1; // the first space inside a field, if the number turns out 18 / 15 long
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            IdNumberChanges change = IdNumberChanges.None;
            char folded = default;
            if (char.IsAsciiDigit(c) || c == 'X')
            {
                folded = c;
            }
            else if (TypedText.IsSpace(c))
            {
                firstChange = firstChange < 0 ? i : firstChange;
                spaceRun = spaceRun < 0 ? i : spaceRun;
                continue;
            }
            else if (TypedText.IsFullWidthDigit(c))
            {
                folded = TypedText.FoldDigit(c);
                change = IdNumberChanges.FullWidthFolded;
            }
            else if (c == 'x')
            {
                folded = 'X';
                change = IdNumberChanges.LowerCaseX;
            }
            else if (TypedText.FoldFullWidth(c) is 'X' or 'x')
            {
                // Ｘ U+FF38 or ｘ U+FF58: the ASCII X and x were read above.
                folded = 'X';
                change = IdNumberChanges.FullWidthFolded;
            }
            else
            {
                return IdNumberResult.Fail(IdNumberError.InvalidCharacter, i);
            }

            if (length == Length)
            {
                return IdNumberResult.Fail(IdNumberError.InvalidLength);
            }

            if (xAt >= 0)
            {
                // Only the check character, the last one, may be X.
                return IdNumberResult.Fail(IdNumberError.InvalidCharacter, xAt);
            }

            if (folded == 'X')
            {
                xAt = i;
            }

            if (change != IdNumberChanges.None)
            {
                changes |= change;
                firstChange = firstChange < 0 ? i : firstChange;
            }

            if (spaceRun >= 0 && length == 0)
            {
                // Spaces before the number.
                changes |= IdNumberChanges.WhitespaceTrimmed;
            }
            else if (spaceRun >= 0)
            {
                // Spaces between characters: fine only between fields; which fields depends on the final length.
                changes |= IdNumberChanges.SeparatorsRemoved;
                misplaced18 = misplaced18 < 0 && (FieldBoundaries18 & (1 << length)) == 0 ? spaceRun : misplaced18;
                misplaced15 = misplaced15 < 0 && (FieldBoundaries15 & (1 << length)) == 0 ? spaceRun : misplaced15;
            }

            spaceRun = -1;
            buffer[length++] = folded;
        }

        if (spaceRun >= 0)
        {
            // Spaces after the number.
            changes |= IdNumberChanges.WhitespaceTrimmed;
        }

        if (length != Length && length != FirstGenerationLength)
        {
            return IdNumberResult.Fail(IdNumberError.InvalidLength);
        }

        if (xAt >= 0 && length != Length)
        {
            return IdNumberResult.Fail(IdNumberError.InvalidCharacter, xAt);
        }

        int misplaced = length == Length ? misplaced18 : misplaced15;
        if (misplaced >= 0)
        {
            return IdNumberResult.Fail(IdNumberError.MisplacedSpace, misplaced);
        }

        if (strict && changes != IdNumberChanges.None)
        {
            return IdNumberResult.Fail(IdNumberError.NotCanonical, firstChange);
        }

        return new IdNumberResult { Changes = changes, ErrorPosition = -1 };
    }

    /// <summary>
    /// The weighted sum Σ a_i·W_i of the first 17 characters when <paramref name="n"/> is canonical (18 characters: 17
    /// ASCII digits, then a digit or X); otherwise -1. Digit check and sum in one pass over the characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CanonicalWeightedSum(ReadOnlySpan<char> n) =>
        Vector128.IsHardwareAccelerated ? CanonicalWeightedSumVector(n) : CanonicalWeightedSumScalar(n);

    /// <summary>
    /// <see cref="CanonicalWeightedSum"/> with SIMD: characters 0–15 as two <see cref="Vector128{T}"/> of UTF-16 units,
    /// 16 and 17 scalar. Correct (if slow) without hardware acceleration too, so tests can compare it with the scalar form.
    /// </summary>
    internal static int CanonicalWeightedSumVector(ReadOnlySpan<char> n)
    {
        if (n.Length != Length)
        {
            return -1;
        }

        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(n));
        Vector128<ushort> zero = Vector128.Create((ushort)'0');

        // Unsigned: a unit below '0' wraps to a large value, so "< 10" alone is the digit test.
        Vector128<ushort> low = Vector128.LoadUnsafe(ref first) - zero;
        Vector128<ushort> high = Vector128.LoadUnsafe(ref first, 8) - zero;
        uint digit16 = (uint)Unsafe.Add(ref first, 16) - '0';
        uint last = Unsafe.Add(ref first, 17);
        bool canonical = Vector128.LessThanAll(Vector128.Max(low, high), Vector128.Create((ushort)10))
            & digit16 < 10
            & (last - '0' < 10 | last == 'X');
        if (!canonical)
        {
            return -1;
        }

        // Products are at most 9·10 per lane, 180 after adding the halves, 1,440 in all: no lane overflows.
        Vector128<ushort> products = low * Vector128.Create((ushort)7, 9, 10, 5, 8, 4, 2, 1)
            + high * Vector128.Create((ushort)6, 3, 7, 9, 10, 5, 8, 4);
        return Vector128.Sum(products) + (int)digit16 * 2;
    }

    /// <summary><see cref="CanonicalWeightedSum"/> one character at a time, branch-free, for machines without SIMD.</summary>
    internal static int CanonicalWeightedSumScalar(ReadOnlySpan<char> n)
    {
        if (n.Length != Length)
        {
            return -1;
        }

        // Unrolled by hand (the JIT does not unroll loops): weights as constants, no loop counter, no bounds checks.
        ref char c = ref MemoryMarshal.GetReference(n);
        int d0 = c - '0', d1 = Unsafe.Add(ref c, 1) - '0', d2 = Unsafe.Add(ref c, 2) - '0', d3 = Unsafe.Add(ref c, 3) - '0';
        int d4 = Unsafe.Add(ref c, 4) - '0', d5 = Unsafe.Add(ref c, 5) - '0', d6 = Unsafe.Add(ref c, 6) - '0', d7 = Unsafe.Add(ref c, 7) - '0';
        int d8 = Unsafe.Add(ref c, 8) - '0', d9 = Unsafe.Add(ref c, 9) - '0', d10 = Unsafe.Add(ref c, 10) - '0', d11 = Unsafe.Add(ref c, 11) - '0';
        int d12 = Unsafe.Add(ref c, 12) - '0', d13 = Unsafe.Add(ref c, 13) - '0', d14 = Unsafe.Add(ref c, 14) - '0', d15 = Unsafe.Add(ref c, 15) - '0';
        int d16 = Unsafe.Add(ref c, 16) - '0';
        int last = Unsafe.Add(ref c, 17);

        // d | (9 - d) is negative exactly when d is outside 0–9.
        int outOfRange = d0 | d1 | d2 | d3 | d4 | d5 | d6 | d7 | d8 | d9 | d10 | d11 | d12 | d13 | d14 | d15 | d16
            | (9 - d0) | (9 - d1) | (9 - d2) | (9 - d3) | (9 - d4) | (9 - d5) | (9 - d6) | (9 - d7) | (9 - d8)
            | (9 - d9) | (9 - d10) | (9 - d11) | (9 - d12) | (9 - d13) | (9 - d14) | (9 - d15) | (9 - d16)
            | (last == 'X' ? 0 : (last - '0') | ('9' - last));
        if (outOfRange < 0)
        {
            return -1;
        }

        // W = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 (see Weights).
        return (7 * (d0 + d10)) + (9 * (d1 + d11)) + (10 * (d2 + d12)) + (5 * (d3 + d13)) + (8 * (d4 + d14))
            + (4 * (d5 + d15)) + (2 * (d6 + d16)) + d7 + (6 * d8) + (3 * d9);
    }

    /// <summary>
    /// The verdict of <see cref="Check18"/> for canonical input, without building a result: the same rules, cheapest
    /// first (the check character, already summed, rejects most typos).
    /// </summary>
    /// <param name="n">18 characters that <see cref="CanonicalWeightedSum"/> accepted.</param>
    /// <param name="sum">Their weighted sum.</param>
    /// <param name="options">The rules.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsValidCanonical18(ReadOnlySpan<char> n, int sum, IdNumberOptions options)
    {
        ref char c = ref MemoryMarshal.GetReference(n);
        if (CheckCharacterFor(sum) != Unsafe.Add(ref c, Length - 1))
        {
            return false;
        }

        if (c == '9')
        {
            // 2023 foreign permanent resident ID: the accepting office's province in positions 2–3.
            if (options.RegionCheck != RegionCheck.None && !AdministrativeDivision.IsMainlandProvinceCode(TwoDigits(ref c, 1)))
            {
                return false;
            }
        }
        else
        {
            int province = TwoDigits(ref c, 0);
            int region = province * 10000 + TwoDigits(ref c, 2) * 100 + TwoDigits(ref c, 4);
            bool permit = region is 810000 or 820000 or 830000;
            if (!permit && (province is 81 or 82 or 83 || !AdministrativeDivision.IsRegionAccepted(region, options.RegionCheck)))
            {
                return false;
            }
        }

        int year = TwoDigits(ref c, 6) * 100 + TwoDigits(ref c, 8);
        int month = TwoDigits(ref c, 10);
        int day = TwoDigits(ref c, 12);
        int date = (year * 100 + month) * 100 + day;
        return IsRealDate(year, month, day)
            && date >= options.EarliestBirthNumber
            && ChinaClock.IsOnOrBeforeToday(date, options.TimeProvider);
    }

    /// <summary>The value of the two ASCII digits at <paramref name="start"/> (not checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TwoDigits(ref char c, int start) =>
        (Unsafe.Add(ref c, start) - '0') * 10 + (Unsafe.Add(ref c, start + 1) - '0');

    /// <summary>The check character for a weighted sum of the first 17 digits: "10X98765432"[S mod 11].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char CheckCharacterFor(int sum) =>
        Unsafe.Add(ref MemoryMarshal.GetReference(CheckCharacters), (int)((uint)sum % 11));

    /// <summary>Checks 17 ASCII digits and a check character (digit or X): address, date, check character.</summary>
    /// <param name="n">The canonical number.</param>
    /// <param name="sum">Its weighted sum from <see cref="CanonicalWeightedSum"/>.</param>
    /// <param name="options">The rules.</param>
    private static IdNumberResult Check18(ReadOnlySpan<char> n, int sum, IdNumberOptions options)
    {
        IdNumberKind kind;
        int region;
        int nationality = 0;
        if (n[0] == '9')
        {
            // 2023 foreign permanent resident ID: 9, accepting office's province, nationality code.
            kind = IdNumberKind.ForeignPermanentResidentId;
            int province = Number(n, 1, 2);
            region = province * 10000;
            nationality = Number(n, 3, 3);
            if (options.RegionCheck != RegionCheck.None && !AdministrativeDivision.IsMainlandProvinceCode(province))
            {
                return IdNumberResult.Fail(IdNumberError.UnknownRegion) with { Kind = kind, RegionCode = region };
            }
        }
        else
        {
            region = Number(n, 0, 6);
            kind = region switch
            {
                810000 => IdNumberKind.HongKongResidencePermit,
                820000 => IdNumberKind.MacaoResidencePermit,
                830000 => IdNumberKind.TaiwanResidencePermit,
                _ => IdNumberKind.ResidentIdCard,
            };

            // 81/82/83 appear on ID numbers only as the residence permits' exact codes (国办发〔2018〕81号).
            bool permitPrefix = region / 10000 is 81 or 82 or 83;
            if (kind == IdNumberKind.ResidentIdCard
                && (permitPrefix || !AdministrativeDivision.IsRegionAccepted(region, options.RegionCheck)))
            {
                return IdNumberResult.Fail(IdNumberError.UnknownRegion) with { Kind = kind, RegionCode = region };
            }
        }

        IdNumberResult facts = new()
        {
            Kind = kind,
            RegionCode = region,
            NationalityCode = nationality,
            ErrorPosition = -1,
        };

        IdNumberError dateError = CheckBirthDate(Number(n, 6, 4), Number(n, 10, 2), Number(n, 12, 2), options, out DateOnly birth);
        if (dateError != IdNumberError.None)
        {
            return facts with { Error = dateError, BirthDate = dateError == IdNumberError.BirthDateOutOfRange ? birth : null };
        }

        facts = facts with { BirthDate = birth, Gender = (n[16] & 1) == 1 ? Gender.Male : Gender.Female };
        char expected = CheckCharacterFor(sum);
        return n[17] == expected
            ? facts
            : facts with { Error = IdNumberError.ChecksumMismatch, ExpectedCheckCharacter = expected };
    }

    /// <summary>Checks 15 ASCII digits: address code and birth date (19yy), then reports FirstGenerationNumber unless allowed.</summary>
    private static IdNumberResult CheckFirstGeneration(ReadOnlySpan<char> n, IdNumberOptions options)
    {
        int region = Number(n, 0, 6);
        IdNumberResult facts = new() { Kind = IdNumberKind.FirstGeneration, RegionCode = region, ErrorPosition = -1 };
        if (!IsFirstGenerationRegion(region, options.RegionCheck))
        {
            return facts with { Error = IdNumberError.UnknownRegion };
        }

        IdNumberError dateError = CheckBirthDate(1900 + Number(n, 6, 2), Number(n, 8, 2), Number(n, 10, 2), options, out DateOnly birth);
        if (dateError != IdNumberError.None)
        {
            return facts with { Error = dateError, BirthDate = dateError == IdNumberError.BirthDateOutOfRange ? birth : null };
        }

        Span<char> upgraded = stackalloc char[Length];
        Upgrade(n, upgraded);
        return facts with
        {
            Error = options.AllowFirstGeneration ? IdNumberError.None : IdNumberError.FirstGenerationNumber,
            BirthDate = birth,
            Gender = (n[14] & 1) == 1 ? Gender.Male : Gender.Female,
            Upgraded = upgraded.ToString(),
        };
    }

    // First-generation cards predate the residence permits (2018) and the foreign card: no 81/82/83 codes.
    private static bool IsFirstGenerationRegion(int region, RegionCheck check) =>
        region / 10000 is not (81 or 82 or 83) && AdministrativeDivision.IsRegionAccepted(region, check);

    private static IdNumberError CheckBirthDate(int year, int month, int day, IdNumberOptions options, out DateOnly birth)
    {
        birth = default;
        if (!IsRealDate(year, month, day))
        {
            return IdNumberError.InvalidBirthDate;
        }

        birth = new DateOnly(year, month, day);
        int date = (year * 100 + month) * 100 + day;
        return date < options.EarliestBirthNumber || !ChinaClock.IsOnOrBeforeToday(date, options.TimeProvider)
            ? IdNumberError.BirthDateOutOfRange
            : IdNumberError.None;
    }

    /// <summary>Whether year-month-day is a Gregorian calendar date, without DateTime: a month table and the leap rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsRealDate(int year, int month, int day)
    {
        if (year < 1 || (uint)(month - 1) >= 12 || day < 1)
        {
            return false;
        }

        return day <= Unsafe.Add(ref MemoryMarshal.GetReference(DaysInMonth), month - 1)
            || (month == 2 && day == 29 && IsLeapYear(year));
    }

    /// <summary>Gregorian leap years: divisible by 4, except centuries not divisible by 400 (2000 yes, 1900 no).</summary>
    internal static bool IsLeapYear(int year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    private static void Upgrade(ReadOnlySpan<char> first15, Span<char> destination)
    {
        first15[..6].CopyTo(destination);
        destination[6] = '1';
        destination[7] = '9';
        first15[6..].CopyTo(destination[8..]);
        destination[17] = CheckCharacterOf(destination[..17]);
    }

    /// <summary>The MOD 11-2 check character of 17 ASCII digits (not checked).</summary>
    internal static char CheckCharacterOf(ReadOnlySpan<char> first17)
    {
        ReadOnlySpan<byte> weights = Weights;
        int sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>The decimal value of <paramref name="count"/> ASCII digits of <paramref name="s"/> from <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Number(ReadOnlySpan<char> s, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            value = value * 10 + (s[i] - '0');
        }

        return value;
    }
}
