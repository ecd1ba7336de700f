using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ChsiValidation;

// The checks of a canonical number (GB 11643-1999): address code, birth date, MOD 11-2 check character (ISO 7064), each
// fast path beside the rule it restates.
public static partial class IdNumber
{
    // GB 11643-1999 §8.2: W_i = 2^(17-i) mod 11 for the first 17 positions; check = "10X98765432"[S mod 11].
    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static ReadOnlySpan<char> CheckCharacters => "10X98765432";

    // Days of each month in a common year; February gains the 29th in leap years (Gregorian rule). The 13th entry, 0,
    // is a guard: IsRealDate reads the table without bounds checks, so even a month of 13 stays inside it and has no day.
    private static ReadOnlySpan<byte> DaysInMonth => [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0];

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

    /// <summary>The check character for a weighted sum of the first 17 digits: "10X98765432"[S mod 11].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char CheckCharacterFor(int sum) =>
        Unsafe.Add(ref MemoryMarshal.GetReference(CheckCharacters), (int)((uint)sum % 11));

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
            kind = KindOfRegion(region);

            // 81/82/83 appear on ID numbers only as the residence permits' exact codes (国办发〔2018〕81号).
            bool permitPrefix = region / 10000 is 81 or 82 or 83;
            if (kind == IdNumberKind.ResidentIdCard
                && (permitPrefix || !AdministrativeDivision.IsRegionAccepted(region, options)))
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

    /// <summary>The kind of an 18-character number not starting with 9, by its address code: the residence permits' own codes, else a resident ID.</summary>
    private static IdNumberKind KindOfRegion(int region) => region switch
    {
        810000 => IdNumberKind.HongKongResidencePermit,
        820000 => IdNumberKind.MacaoResidencePermit,
        830000 => IdNumberKind.TaiwanResidencePermit,
        _ => IdNumberKind.ResidentIdCard,
    };

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
            if (!permit && (province is 81 or 82 or 83 || !AdministrativeDivision.IsRegionAccepted(region, options)))
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

    /// <summary>Checks 15 ASCII digits: address code and birth date (19yy), then reports FirstGenerationNumber unless allowed.</summary>
    private static IdNumberResult CheckFirstGeneration(ReadOnlySpan<char> n, IdNumberOptions options)
    {
        int region = Number(n, 0, 6);
        IdNumberResult facts = new() { Kind = IdNumberKind.FirstGeneration, RegionCode = region, ErrorPosition = -1 };
        if (!IsFirstGenerationRegion(region, options))
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

    private static bool IsFirstGenerationRegion(int region, IdNumberOptions options) =>
        region / 10000 is not (81 or 82 or 83) && AdministrativeDivision.IsRegionAccepted(region, options);

    private static void Upgrade(ReadOnlySpan<char> first15, Span<char> destination)
    {
        first15[..6].CopyTo(destination);
        destination[6] = '1';
        destination[7] = '9';
        first15[6..].CopyTo(destination[8..]);
        destination[17] = CheckCharacterOf(destination[..17]);
    }

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
