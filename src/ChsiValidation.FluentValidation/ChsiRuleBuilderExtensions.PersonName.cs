using FluentValidation;

namespace ChsiValidation.FluentValidation;

public static partial class ChsiRuleBuilderExtensions
{
    /// <summary>
    /// The property must be a valid personal name: 2–50 characters counted as people count them (𠮷 is one), Chinese
    /// characters with the minority-name dot between parts, no digits, symbols or invisible characters; Latin names only
    /// when <see cref="PersonNameOptions.AllowLatin"/>. <see langword="null"/> passes; pair with <c>NotEmpty()</c>.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The name rules; <see langword="null"/> means <see cref="PersonNameOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChinesePersonName<T>(this IRuleBuilder<T, string?> ruleBuilder, PersonNameOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new PersonNameValidator<T>(options));
    }

    /// <summary>
    /// Reports each character rarer than <see cref="PersonNameOptions.MaxAcceptedTier"/> (default: outside the 8,105-character
    /// 通用规范汉字表) with the FAQ's advice and the safer look-alikes the Unihan data offers, as a
    /// <paramref name="severity"/> failure (<c>ChsiPersonName.RareCharacter</c>). Invalid names are left to
    /// <see cref="ChinesePersonName{T}"/>.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The name rules; <see langword="null"/> means <see cref="PersonNameOptions.Default"/>.</param>
    /// <param name="severity">Default <see cref="Severity.Warning"/>: the name stays valid.</param>
    public static IRuleBuilderOptions<T, string?> NoRareCharacters<T>(this IRuleBuilder<T, string?> ruleBuilder, PersonNameOptions? options = null, Severity severity = Severity.Warning)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new RareCharacterValidator<T>(options, severity));
    }
}
