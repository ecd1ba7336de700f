using System.Globalization;

namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    private static readonly CultureInfo[] MessageCultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en-US")];

    /// <summary>
    /// Every rule of <see cref="ChsiRule.All"/> on the same input: the contract every result shares
    /// (<see cref="IRuleResult"/>) and a complete message in both languages. A rule added to the list is fuzzed here.
    /// </summary>
    internal static void RulesTarget(string? input)
    {
        foreach (ChsiRule rule in ChsiRule.All)
        {
            IRuleResult r = Check.Deterministic(() => rule.Validate(input), SameVerdict.Instance);
            Check.That(r.IsValid == (r.ErrorCode is null));
            Check.That(r.ErrorPosition == -1 || (input is not null && r.ErrorPosition >= 0 && r.ErrorPosition < input.Length));
            Check.That(!r.IsValid || r.ErrorPosition == -1);
            Check.That(!rule.IsSecret || r.Normalized is null);
            Check.That(!r.WasNormalized || r.Normalized is not null);
            if (r.IsValid && r.Normalized is string normalized && !rule.IsSecret)
            {
                // The canonical form is accepted again and stays as it is.
                IRuleResult again = rule.Validate(normalized);
                Check.That(again.IsValid && again.Normalized == normalized);
            }

            foreach (CultureInfo culture in MessageCultures)
            {
                string? message = rule.GetMessage(r, input, culture);
                Check.That(r.IsValid ? message is null : !string.IsNullOrWhiteSpace(message) && !message.Contains('{', StringComparison.Ordinal));
            }
        }
    }

    /// <summary>Two results with the same contract members (the rules' own members are compared by their own targets).</summary>
    private sealed class SameVerdict : IEqualityComparer<IRuleResult>
    {
        internal static readonly SameVerdict Instance = new();

        public bool Equals(IRuleResult? x, IRuleResult? y) =>
            x is not null && y is not null && x.IsValid == y.IsValid && x.ErrorCode == y.ErrorCode
            && x.ErrorPosition == y.ErrorPosition && x.Normalized == y.Normalized && x.WasNormalized == y.WasNormalized;

        public int GetHashCode(IRuleResult obj) => HashCode.Combine(obj.IsValid, obj.ErrorCode, obj.ErrorPosition, obj.Normalized);
    }
}
