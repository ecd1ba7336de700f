using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks a certificate number by the type chosen on the same form (<see cref="CertificateNumber.Validate"/>). Numbers
/// of the ID-number types fail with the ID codes (<c>ChsiIdNumber.*</c>); the others with <c>ChsiCertificate.*</c>.
/// <see langword="null"/> passes, and so does any number while no type is chosen (the type's own rule reports that).
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class CertificateNumberValidator<T> : PropertyValidator<T, string?>
{
    private readonly Func<T, CertificateType?> _type;

    /// <summary>Creates the validator.</summary>
    /// <param name="type">Reads the chosen certificate type from the instance.</param>
    /// <param name="options">The rules; <see langword="null"/> means <see cref="CertificateNumberOptions.Default"/>.</param>
    public CertificateNumberValidator(Func<T, CertificateType?> type, CertificateNumberOptions? options = null)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        Options = options ?? CertificateNumberOptions.Default;
    }

    /// <summary>The rules applied.</summary>
    public CertificateNumberOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "ChsiCertificateNumberValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || _type(context.InstanceToValidate) is not CertificateType type || !Enum.IsDefined(type))
        {
            return true;
        }

        CertificateNumberResult result = CertificateNumber.Validate(type, value, Options);
        if (result.IsValid)
        {
            return true;
        }

        if (result is { Error: CertificateNumberError.IdNumberRejected, IdNumber: IdNumberResult id })
        {
            IdNumberValidator<T>.AddFailure(context, value, id);
            return true;
        }

        ChsiFailures.Add(
            context,
            value,
            ErrorCodes.Of(result.Error),
            Severity.Error,
            result,
            [.. MessageArguments.For(value, result, Options, ChsiLanguage.CurrentCulture)]);
        return true;
    }
}
