using FsCheck;
using FsCheck.Fluent;

namespace ChsiValidation.Tests;

/// <summary>FsCheck generators of ID numbers built from their parts, the check character computed independently.</summary>
internal static class IdNumberGenerators
{
    internal static readonly int[] Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71];

    /// <summary>The ISO 7064 MOD 11-2 form, written apart from the library: over all 18 characters (X = 10), Σ a_i·2^(18−i) mod 11 = 1.</summary>
    internal static bool Iso7064Holds(string number)
    {
        int sum = 0;
        for (int i = 0; i < 18; i++)
        {
            int value = number[i] == 'X' ? 10 : number[i] - '0';
            int weight = 1;
            for (int k = 0; k < 17 - i; k++)
            {
                weight = weight * 2 % 11;
            }

            sum += value * weight;
        }

        return sum % 11 == 1;
    }

    /// <summary>The check character that makes <see cref="Iso7064Holds"/> true, found by trying all eleven.</summary>
    internal static char Iso7064Check(string first17)
    {
        foreach (char candidate in "0123456789X")
        {
            if (Iso7064Holds(first17 + candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable: one of eleven always fits");
    }

    internal static Gen<string> First17 =>
        from province in Gen.Elements(Provinces)
        from county in Gen.Choose(0, 9999)
        from year in Gen.Choose(1900, 2020)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        from sequence in Gen.Choose(0, 999)
        select $"{province:D2}{county:D4}{year:D4}{month:D2}{day:D2}{sequence:D3}";

    internal static Gen<string> Valid => First17.Select(first17 => first17 + Iso7064Check(first17));

    internal static Arbitrary<string> ValidArbitrary => Valid.ToArbitrary();
}
