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

        var arguments = Arguments(ValidationMessages.IsChinese(CultureInfo.CurrentUICulture) ? "证件号码" : "The ID number", MessageArguments.For(input, result));
        return new CliReport(result.IsValid, result.IsValid ? null : ErrorCodes.Of(result.Error), arguments, facts);
    }

    /// <summary>The message placeholders of one report: the property's name and the rule's own (built by <see cref="MessageArguments"/>).</summary>
    private static Dictionary<string, object?> Arguments(string propertyName, IReadOnlyList<(string Name, object? Value)> values) =>
        MessageArguments.ToDictionary(propertyName, values);
}
