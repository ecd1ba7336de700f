using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Reports each rare character (生僻字) of a name, one failure per character, with the code
/// <c>ChsiPersonName.RareCharacter</c> and the FAQ's advice (item 3): it may not be supported; register without it or with
/// the suggested look-alike (形近字), then contact customer service. Warning severity by default, so the name stays valid.
/// Names that fail <see cref="PersonName.Validate(string?, PersonNameOptions?)"/> for another reason are left to
/// <c>ChinesePersonName()</c>. With <see cref="PersonNameOptions.RareCharacterIsError"/> that rule reports the first rare
/// character as its error, and this one the others, so each character is reported once. The failure's <c>CustomState</c> is the <see cref="RareCharacter"/>.
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class RareCharacterValidator<T> : PropertyValidator<T, string?>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">The name rules (<see cref="PersonNameOptions.MaxAcceptedTier"/> decides what is rare); <see langword="null"/> means the defaults.</param>
    /// <param name="severity">The severity of each finding; default <see cref="Severity.Warning"/>.</param>
    public RareCharacterValidator(PersonNameOptions? options = null, Severity severity = Severity.Warning)
    {
        Options = options ?? PersonNameOptions.Default;
        Severity = severity;

        // Every rare character is read here; with RareCharacterIsError the name rule reports the first one itself.
        _findings = Options with { RareCharacterIsError = false };
    }

    private readonly PersonNameOptions _findings;

    /// <summary>The name rules applied.</summary>
    public PersonNameOptions Options { get; }

    /// <summary>The severity of each finding.</summary>
    public Severity Severity { get; }

    /// <inheritdoc />
    public override string Name => "ChsiRareCharacterValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        PersonNameResult result = PersonName.Validate(value, _findings);
        if (!result.IsValid)
        {
            return true;
        }

        // With RareCharacterIsError the name rule's error is the first rare character: each is reported once.
        foreach (RareCharacter rare in result.RareCharacters.Skip(Options.RareCharacterIsError ? 1 : 0))
        {
            ChsiFailures.Add(
                context,
                value,
                ErrorCodes.PersonNameRareCharacter,
                Severity,
                rare,
                [.. MessageArguments.For(rare, ChsiLanguage.CurrentCulture)]);
        }

        return true;
    }
}
