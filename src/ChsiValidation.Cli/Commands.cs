using System.Globalization;
using ChsiValidation;

namespace ChsiValidation.Cli;

/// <summary>The CLI's commands: each checks one value with the core library and reports what it found.</summary>
internal static partial class Commands
{
    public static readonly IReadOnlyDictionary<string, Func<string, CliReport>> All = new Dictionary<string, Func<string, CliReport>>
    {
        ["id"] = IdNumberReport,
        ["mobile"] = MobileNumberReport,
        ["email"] = EmailReport,
        ["sms"] = SmsCodeReport,
        ["username"] = UsernameReport,
        ["name"] = PersonNameReport,
    };

    private static CliReport IdNumberReport(string input)
    {
        IdNumberResult result = IdNumber.Validate(input);
        var facts = new List<(string, string)>();
        if (result.Normalized is not null)
        {
            facts.Add(("normalized", result.Normalized));
        }

        if (result.WasNormalized)
        {
            facts.Add(("changes", result.Changes.ToString()));
        }

        if (result.Kind != IdNumberKind.Unknown)
        {
            facts.Add(("kind", result.Kind.ToString()));
        }

        if (result.BirthDate is DateOnly birth)
        {
            facts.Add(("birthDate", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (result.Gender != Gender.Unknown)
        {
            facts.Add(("gender", result.Gender.ToString()));
        }

        if (result.RegionCode != 0)
        {
            facts.Add(("regionCode", result.RegionCode.ToString(CultureInfo.InvariantCulture)));
        }

        if (result.RegionName is not null)
        {
            facts.Add(("regionName", result.RegionName));
        }

        if (result.NationalityCode != 0)
        {
            facts.Add(("nationalityCode", result.NationalityCode.ToString("D3", CultureInfo.InvariantCulture)));
        }

        if (result.Upgraded is not null)
        {
            facts.Add(("upgraded", result.Upgraded));
        }

        return Report(result, input, "IdNumber", facts);
    }

    /// <summary>
    /// The report of any rule's result: the verdict, the reason's code and message (worded by the rule of
    /// <see cref="ChsiRule.All"/> named <paramref name="rule"/>, in the current UI culture), then the facts.
    /// </summary>
    private static CliReport Report(IRuleResult result, string input, string rule, List<(string, string)> facts) =>
        new(result.IsValid, result.ErrorCode, ChsiRule.Find(rule)!.GetMessage(result, input, CultureInfo.CurrentUICulture), facts);
}
