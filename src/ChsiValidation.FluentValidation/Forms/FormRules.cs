using System.Linq.Expressions;
using FluentValidation;

namespace ChsiValidation.FluentValidation.Forms;

/// <summary>The pieces the account forms share: required text, required choices, messages by error code.</summary>
internal static class FormRules
{
    /// <summary>
    /// A rule on a required text field: <see langword="null"/> is read as "" so the field's own rule reports its
    /// <c>Empty</c> reason with its own code and text (our validators let <see langword="null"/> pass, as
    /// FluentValidation's do). The property name stays the field's.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> RuleForRequired<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, string?>> field,
        Func<IRuleBuilderInitial<T, string?>, IRuleBuilderOptions<T, string?>> rules)
    {
        string name = ((MemberExpression)field.Body).Member.Name;
        Expression<Func<T, string?>> orEmpty = Expression.Lambda<Func<T, string?>>(
            Expression.Coalesce(field.Body, Expression.Constant(string.Empty, typeof(string))),
            field.Parameters);
        return rules(validator.RuleFor(orEmpty)).OverridePropertyName(name);
    }

    /// <summary>The name rules (errors, then the rare-character finding) for names of one kind of certificate.</summary>
    public static IRuleBuilderOptions<T, string?> NameRules<T>(this IRuleBuilder<T, string?> rule, PersonNameOptions names, Severity rareCharacterSeverity) =>
        rule.ChinesePersonName(names).NoRareCharacters(names, rareCharacterSeverity);

    /// <summary>
    /// Gives a FluentValidation rule one of our error codes and its zh-Hans/en text (LanguageManager first, looked up at
    /// validation time so the culture is the caller's); <paramref name="arguments"/> fill the text's own placeholders.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithChsiMessage<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string errorCode,
        params (string Name, object Value)[] arguments) =>
        rule.WithErrorCode(errorCode).WithMessage(_ =>
        {
            string template = ChsiLanguage.GetTemplate(errorCode);
            foreach ((string name, object value) in arguments)
            {
                template = template.Replace("{" + name + "}", Convert.ToString(value, ChsiLanguage.CurrentCulture), StringComparison.Ordinal);
            }

            return template;
        });

    /// <summary><see langword="true"/> when the chosen type's holders may register a Latin-letter name.</summary>
    public static bool AllowsLatinName(CertificateType? type) => type?.AllowsLatinName() == true;
}
