using System.Text.RegularExpressions;

namespace ChsiValidation.Benchmarks.Baselines;

/// <summary>
/// Baseline (b): the design of the popular Java and JavaScript libraries (hutool <c>IdcardUtil.isValidCard18</c>,
/// validator.js <c>isIdentityCard('zh-CN')</c>, jxlwqq/id-validator), written by us in C# from that design:
/// province map lookup on a substring → birth-date check (a date regex, parsed fields, month/leap rules, not after
/// this year) → digits regex on the first 17 → digits copied to an int array and a weighted loop → a switch on
/// sum % 11. Static compiled regexes and a static map, as those libraries keep them.
/// </summary>
internal static class LibraryStyleIdNumberValidator
{
    private static readonly Dictionary<string, string> CityCodes = new()
    {
        ["11"] = "北京", ["12"] = "天津", ["13"] = "河北", ["14"] = "山西", ["15"] = "内蒙古",
        ["21"] = "辽宁", ["22"] = "吉林", ["23"] = "黑龙江",
        ["31"] = "上海", ["32"] = "江苏", ["33"] = "浙江", ["34"] = "安徽", ["35"] = "福建", ["36"] = "江西", ["37"] = "山东",
        ["41"] = "河南", ["42"] = "湖北", ["43"] = "湖南", ["44"] = "广东", ["45"] = "广西", ["46"] = "海南",
        ["50"] = "重庆", ["51"] = "四川", ["52"] = "贵州", ["53"] = "云南", ["54"] = "西藏",
        ["61"] = "陕西", ["62"] = "甘肃", ["63"] = "青海", ["64"] = "宁夏", ["65"] = "新疆",
        ["71"] = "台湾", ["81"] = "香港", ["82"] = "澳门", ["83"] = "台湾", ["91"] = "国外",
    };

    private static readonly int[] Power = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // hutool PatternPool.BIRTHDAY: year, optional separator, month, optional separator, day.
    private static readonly Regex Birthday = new(@"^(\d{2,4})([/\-.年]?)(\d{1,2})([/\-.月]?)(\d{1,2})日?$", RegexOptions.Compiled);

    private static readonly Regex Numbers = new(@"^\d+$", RegexOptions.Compiled);

    public static bool IsValidCard18(string? idcard)
    {
        if (idcard is null || idcard.Length != 18)
        {
            return false;
        }

        string proCode = idcard.Substring(0, 2);
        if (!CityCodes.ContainsKey(proCode))
        {
            return false;
        }

        if (!IsBirthday(idcard.Substring(6, 8)))
        {
            return false;
        }

        string code17 = idcard.Substring(0, 17);
        if (!Numbers.IsMatch(code17))
        {
            return false;
        }

        char check = GetCheckCode18(GetPowerSum(ConvertCharToInt(code17.ToCharArray())));
        return char.ToUpperInvariant(idcard[17]) == check;
    }

    private static bool IsBirthday(string value)
    {
        Match match = Birthday.Match(value);
        if (!match.Success)
        {
            return false;
        }

        int year = int.Parse(match.Groups[1].Value);
        int month = int.Parse(match.Groups[3].Value);
        int day = int.Parse(match.Groups[5].Value);
        int thisYear = DateTime.Now.Year;
        if (year < 1900 || year > thisYear || month < 1 || month > 12 || day < 1 || day > 31)
        {
            return false;
        }

        if (day == 31 && month is 4 or 6 or 9 or 11)
        {
            return false;
        }

        if (month == 2)
        {
            bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return day < 29 || (day == 29 && leap);
        }

        return true;
    }

    private static int[] ConvertCharToInt(char[] chars)
    {
        int[] values = new int[chars.Length];
        for (int i = 0; i < chars.Length; i++)
        {
            values[i] = int.Parse(chars[i].ToString());
        }

        return values;
    }

    private static int GetPowerSum(int[] values)
    {
        int sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            sum += values[i] * Power[i];
        }

        return sum;
    }

    private static char GetCheckCode18(int sum)
    {
        switch (sum % 11)
        {
            case 10: return '2';
            case 9: return '3';
            case 8: return '4';
            case 7: return '5';
            case 6: return '6';
            case 5: return '7';
            case 4: return '8';
            case 3: return '9';
            case 2: return 'X';
            case 1: return '0';
            case 0: return '1';
            default: return ' ';
        }
    }
}
