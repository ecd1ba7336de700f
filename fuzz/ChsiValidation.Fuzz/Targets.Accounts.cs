namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    // Default policy, the loosest one allowed and the strictest classes rule.
    private static readonly PasswordOptions[] PasswordPolicies =
    [
        PasswordOptions.Default,
        new() { MinLength = 1, MaxLength = 1000, MinCharacterClasses = 0 },
        new() { MinLength = 4, MaxLength = 16, MinCharacterClasses = 4 },
    ];

    private static readonly CaptchaOptions[] CaptchaOptionSets =
    [
        CaptchaOptions.Default,
        new() { MinLength = 1, MaxLength = 1 },
        new() { MinLength = 1, MaxLength = 64 },
    ];

    /// <summary>Password.Validate: the password is the input up to the first '|', the account details are the other parts.</summary>
    internal static void PasswordTarget(string? input)
    {
        string[]? parts = input?.Split('|');
        string? password = parts is null ? null : parts[0];
        string?[] details = parts is null ? [] : [.. parts.Skip(1)];
        foreach (PasswordOptions policy in PasswordPolicies)
        {
            PasswordResult r = Check.Deterministic(() => Password.Validate(password, policy, details));
            Check.That(r.IsValid == (r.Error == PasswordError.None));
            Check.That(Enum.IsDefined(r.Error) && r.CharacterClasses is >= 0 and <= 4);
            Check.That(r.Error == PasswordError.InvalidCharacter
                ? password is not null && r.ErrorPosition >= 0 && r.ErrorPosition < password.Length
                : r.ErrorPosition == -1);
            Check.That(!r.IsValid || (r.Length >= policy.MinLength && r.Length <= policy.MaxLength
                && r.CharacterClasses >= policy.MinCharacterClasses && r.Length == password!.EnumerateRunes().Count()));

            // Without account details, only the account-detail rule can change.
            PasswordResult alone = Password.Validate(password, policy);
            Check.Same(r.Error == PasswordError.SameAsAccountDetail ? r with { Error = PasswordError.None } : r, alone);
            // ... and it fires only for a detail equal to the password, as typed or as the same canonical username.
            Check.That(r.Error != PasswordError.SameAsAccountDetail
                || details.Any(d => !string.IsNullOrEmpty(d)
                    && (string.Equals(d.Trim(), password, StringComparison.OrdinalIgnoreCase)
                        || (Username.Validate(d) is { IsValid: true } account
                            && string.Equals(account.Normalized, Username.Validate(password).Normalized, StringComparison.OrdinalIgnoreCase)))));

            // A password is never accepted when it is one of the account's details (as typed, with spaces around it).
            if (alone.IsValid && password == password!.Trim())
            {
                Check.Same(PasswordError.SameAsAccountDetail, Password.Validate(password, policy, null, " " + password + "\u3000").Error);
            }
        }
    }

    /// <summary>Captcha.Validate under three length ranges.</summary>
    internal static void CaptchaTarget(string? input)
    {
        foreach (CaptchaOptions options in CaptchaOptionSets)
        {
            CaptchaResult r = Check.Deterministic(() => Captcha.Validate(input, options));
            Check.That(r.IsValid == (r.Error == CaptchaError.None) && (r.Normalized is not null) == r.IsValid);
            Check.That(Enum.IsDefined(r.Error));
            Check.That(r.Error == CaptchaError.InvalidCharacter
                ? input is not null && r.ErrorPosition >= 0 && r.ErrorPosition < input.Length
                : r.ErrorPosition == -1);
            if (r.Normalized is { } normalized)
            {
                Check.That(normalized.Length >= options.MinLength && normalized.Length <= options.MaxLength);
                Check.That(normalized.All(char.IsAsciiLetterOrDigit));
                CaptchaResult again = Captcha.Validate(normalized, options);
                Check.That(again.IsValid && ReferenceEquals(again.Normalized, normalized));
            }
        }
    }
}
