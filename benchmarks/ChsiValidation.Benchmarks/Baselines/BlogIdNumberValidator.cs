using System.Globalization;
using System.Text.RegularExpressions;

namespace ChsiValidation.Benchmarks.Baselines;

/// <summary>
/// Baseline (a): the check as .NET blog posts and Q&amp;A answers typically write it, written by us from that design:
/// a regular expression for the shape, <see cref="DateTime.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTime)"/>
/// on a substring for the birth date, <see cref="int.Parse(string)"/> per digit and a weights array for MOD 11-2.
/// Given its best chance: the Regex is static and compiled, the arrays are static.
/// </summary>
internal static class BlogIdNumberValidator
{
    private static readonly Regex Shape = new(@"^\d{17}[\dXx]$", RegexOptions.Compiled);

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static readonly char[] CheckCodes = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || !Shape.IsMatch(id))
        {
            return false;
        }

        if (!DateTime.TryParseExact(id.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime birth)
            || birth > DateTime.Today)
        {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < 17; i++)
        {
            sum += int.Parse(id[i].ToString(), CultureInfo.InvariantCulture) * Weights[i];
        }

        return char.ToUpperInvariant(id[17]) == CheckCodes[sum % 11];
    }
}
