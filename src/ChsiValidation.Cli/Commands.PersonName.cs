using System.Globalization;
using ChsiValidation;

namespace ChsiValidation.Cli;

internal static partial class Commands
{
    private static CliReport PersonNameReport(string input)
    {
        // The CLI shows everything: Latin and private-use names are read (and flagged) rather than refused unread.
        PersonNameResult result = PersonName.Validate(input);
        bool zh = ValidationMessages.IsChinese(CultureInfo.CurrentUICulture);
        var facts = new List<(string, string)>();
        if (result.Normalized is not null)
        {
            facts.Add(("normalized", result.Normalized));
            facts.Add(("characters", result.CharacterCount.ToString(CultureInfo.InvariantCulture)));
            facts.Add(("script", result.Script.ToString()));
            if (result.RarestTier != HanziTier.NotHanzi)
            {
                facts.Add(("rarestTier", result.RarestTier.ToString()));
            }
        }

        foreach (PersonNameNormalization change in result.Normalizations)
        {
            string replacement = change.Replacement < 0 ? "removed" : $"U+{change.Replacement:X4}";
            facts.Add(("change", $"{change.Kind} at {change.Index}: U+{change.Original:X4} → {replacement}"));
        }

        foreach (RareCharacter rare in result.RareCharacters)
        {
            string suggestions = rare.Suggestions.Count == 0 ? "none" : string.Join(" ", rare.Suggestions);
            facts.Add(("rare", $"{rare.Character} U+{rare.CodePoint:X4} {rare.Tier} (character {rare.CharacterIndex + 1}), suggestions: {suggestions}"));
        }

        if (result.HasRareCharacters)
        {
            RareCharacter first = result.RareCharacters[0];
            var rareArguments = MessageArguments.ToDictionary(zh ? "姓名" : "the name", first.GetMessageArguments(CultureInfo.CurrentUICulture));
            facts.Add(("advice", ValidationMessages.GetMessage(ErrorCodes.PersonNameRareCharacter, rareArguments, CultureInfo.CurrentUICulture)));
        }

        return Report(result, input, "PersonName", facts);
    }
}
