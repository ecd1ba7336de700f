using System.Globalization;
using IdRule = ChsiValidation.IdNumber;

namespace ChsiValidation.Testing;

public sealed partial class ChsiFaker
{
    // Mainland province codes (GB/T 2260): where resident cards are issued and foreign cards accepted.
    internal static readonly int[] MainlandProvinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

    // China and its special administrative regions: not the nationality of a foreign card's holder.
    private static readonly int[] ChineseNationalityCodes = [156, 158, 344, 446];

    private static int[]? s_counties;
    private static int[]? s_foreignNationalities;

    /// <summary>A valid resident ID number (<see cref="IdNumberSpec.Default"/>).</summary>
    public string IdNumber() => IdNumber(IdNumberSpec.Default);

    /// <summary>
    /// A valid ID number as <paramref name="spec"/> asks: it passes <see cref="IdRule.Validate(string?, IdNumberOptions?)"/>
    /// with the default options (a first-generation number with <see cref="IdNumberOptions.AllowFirstGeneration"/>; a birth
    /// before 1900 with an earlier <see cref="IdNumberOptions.EarliestBirthDate"/>) and reads back as the kind, region,
    /// birth date and sex asked for.
    /// </summary>
    /// <param name="spec">What to generate.</param>
    /// <returns>18 characters (15 digits for a first-generation number), canonical: ASCII digits and upper-case X.</returns>
    /// <exception cref="ArgumentException">
    /// The spec cannot be met: the date range is empty or ends after today in China; the region is one the rule rejects
    /// for the card; <see cref="IdNumberSpec.Fictitious"/> for a permit or a foreign card.
    /// </exception>
    public string IdNumber(IdNumberSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        (DateOnly from, DateOnly to) = BirthRange(spec);
        DateOnly birth = from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
        int sequence = spec.Gender switch
        {
            Gender.Male => random.Next(500) * 2 + 1,
            Gender.Female => random.Next(500) * 2,
            _ => random.Next(1000),
        };

        string prefix = spec.Kind switch
        {
            IdNumberKind.ResidentIdCard or IdNumberKind.FirstGeneration => ResidentRegion(spec).ToString("D6", CultureInfo.InvariantCulture),
            IdNumberKind.HongKongResidencePermit => PermitRegion(spec, 810000),
            IdNumberKind.MacaoResidencePermit => PermitRegion(spec, 820000),
            IdNumberKind.TaiwanResidencePermit => PermitRegion(spec, 830000),
            _ => ForeignPrefix(spec),
        };

        string seq = sequence.ToString("D3", CultureInfo.InvariantCulture);
        if (spec.Kind == IdNumberKind.FirstGeneration)
        {
            return prefix + birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + seq;
        }

        string first17 = prefix + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + seq;
        return first17 + IdRule.ComputeCheckCharacter(first17);
    }

    private static (DateOnly From, DateOnly To) BirthRange(IdNumberSpec spec)
    {
        DateOnly from = spec.BornFrom;
        DateOnly to = spec.BornTo;
        if (spec.Kind == IdNumberKind.FirstGeneration)
        {
            // 15 digits hold yyMMdd; the rule reads the century as 19.
            from = from < new DateOnly(1900, 1, 1) ? new DateOnly(1900, 1, 1) : from;
            to = to > new DateOnly(1999, 12, 31) ? new DateOnly(1999, 12, 31) : to;
        }

        if (from > to)
        {
            throw new ArgumentException(
                $"No birth date between {spec.BornFrom:yyyy-MM-dd} and {spec.BornTo:yyyy-MM-dd} fits a {spec.Kind} number.", nameof(spec));
        }

        if (to.Year < 1000)
        {
            throw new ArgumentException("An ID number's year has four digits: births before 1000 cannot be written.", nameof(spec));
        }

        DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        if (to > today)
        {
            throw new ArgumentException(
                $"BornTo {to:yyyy-MM-dd} is after today in China ({today:yyyy-MM-dd}): the rule rejects such a birth date.", nameof(spec));
        }

        from = from.Year < 1000 ? new DateOnly(1000, 1, 1) : from;
        return (from, to);
    }

    private int ResidentRegion(IdNumberSpec spec)
    {
        if (spec.Fictitious)
        {
            int province = spec.RegionCode is int given ? given / 10000 : random.Pick(MainlandProvinces);
            if (Array.IndexOf(MainlandProvinces, province) < 0)
            {
                throw new ArgumentException($"A fictitious number needs a mainland province code, not {province}.", nameof(spec));
            }

            return province * 10000 + 9900 + random.Between(1, 99);
        }

        if (spec.RegionCode is not int code)
        {
            return random.Pick(Counties);
        }

        int province2 = code / 10000;
        if (province2 is 81 or 82 or 83 || !AdministrativeDivision.IsProvinceCode(province2))
        {
            throw new ArgumentException($"The rule rejects region {code} on a resident card.", nameof(spec));
        }

        int width = code % 10000 == 0 ? 10000 : code % 100 == 0 ? 100 : 0;
        if (width == 0)
        {
            return code;
        }

        int[] counties = Counties;
        int start = LowerBound(counties, code);
        int end = LowerBound(counties, code + width);
        return end > start ? counties[start + random.Next(end - start)] : code;
    }

    private static string PermitRegion(IdNumberSpec spec, int code)
    {
        if (spec.Fictitious)
        {
            throw new ArgumentException("The residence permits' address codes are fixed: no fictitious permit number exists.", nameof(spec));
        }

        return code.ToString("D6", CultureInfo.InvariantCulture);
    }

    private string ForeignPrefix(IdNumberSpec spec)
    {
        if (spec.Fictitious)
        {
            throw new ArgumentException("A foreign permanent resident ID has no field that marks a number as fictitious.", nameof(spec));
        }

        int province = spec.RegionCode is int code ? code / 10000 : random.Pick(MainlandProvinces);
        if (Array.IndexOf(MainlandProvinces, province) < 0)
        {
            throw new ArgumentException($"A foreign permanent resident ID is accepted by a mainland province office, not {province}.", nameof(spec));
        }

        int nationality = spec.NationalityCode ?? random.Pick(ForeignNationalities);
        return string.Create(CultureInfo.InvariantCulture, $"9{province:D2}{nationality:D3}");
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Every county-level code (last two digits not 00) the region table knows, on the mainland, ascending.</summary>
    internal static int[] Counties => s_counties ??= BuildCounties();

    private static int[] BuildCounties()
    {
        var counties = new List<int>(4096);
        foreach (int province in MainlandProvinces)
        {
            for (int code = province * 10000 + 101; code < (province + 1) * 10000; code++)
            {
                if (code % 100 != 0 && AdministrativeDivision.IsKnown(code))
                {
                    counties.Add(code);
                }
            }
        }

        return [.. counties];
    }

    private static int[] ForeignNationalities => s_foreignNationalities ??= BuildForeignNationalities();

    private static int[] BuildForeignNationalities()
    {
        var codes = new List<int>(IsoCountries.Count);
        foreach (IsoCountry country in IsoCountries.All)
        {
            if (Array.IndexOf(ChineseNationalityCodes, country.NumericCode) < 0)
            {
                codes.Add(country.NumericCode);
            }
        }

        return [.. codes];
    }
}
