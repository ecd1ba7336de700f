using FluentValidation;

namespace ChsiValidation.FluentValidation;

/// <summary>The rule-builder extensions of ChsiValidation: <c>RuleFor(x => x.IdNumber).ChineseIdNumber()</c> and its siblings.</summary>
public static partial class ChsiRuleBuilderExtensions
{
    /// <summary>
    /// The property must be a valid Chinese ID number (GB 11643-1999, including residence permits and the 2023 foreign
    /// permanent resident ID). <see langword="null"/> passes; pair with <c>NotEmpty()</c>.
    /// </summary>
    /// <param name="ruleBuilder">The rule.</param>
    /// <param name="options">The ID rules; <see langword="null"/> means <see cref="IdNumberOptions.Default"/>.</param>
    public static IRuleBuilderOptions<T, string?> ChineseIdNumber<T>(this IRuleBuilder<T, string?> ruleBuilder, IdNumberOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.SetValidator(new IdNumberValidator<T>(options));
    }
}
