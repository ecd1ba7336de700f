using FluentValidation;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Checks a password against a <see cref="PasswordOptions"/> (<c>ChsiPassword.*</c> codes). The attempted value is never
/// put into the failure. <see langword="null"/> passes (pair with <c>NotEmpty()</c>).
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
public sealed class PasswordValidator<T> : PropertyValidator<T, string?>
{
    private readonly Func<T, string?>[] _accountDetails;

    /// <summary>Creates the validator.</summary>
    /// <param name="policy">The policy; <see langword="null"/> means <see cref="PasswordOptions.Default"/>.</param>
    /// <param name="accountDetails">Read the values the password must not equal (username, mobile, ID number, email).</param>
    public PasswordValidator(PasswordOptions? policy = null, params Func<T, string?>[] accountDetails)
    {
        Policy = policy ?? PasswordOptions.Default;
        _accountDetails = accountDetails ?? [];
    }

    /// <summary>The policy applied.</summary>
    public PasswordOptions Policy { get; }

    /// <inheritdoc />
    public override string Name => "ChsiPasswordValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null)
        {
            return true;
        }

        var details = new string?[_accountDetails.Length];
        for (int i = 0; i < details.Length; i++)
        {
            details[i] = _accountDetails[i](context.InstanceToValidate);
        }

        PasswordResult result = Password.Validate(value, Policy, details);
        if (!result.IsValid)
        {
            ChsiFailures.Add(
                context,
                attemptedValue: null,
                ErrorCodes.Of(result.Error),
                Severity.Error,
                result,
                [.. MessageArguments.For(result, Policy)]);
        }

        return true;
    }
}
