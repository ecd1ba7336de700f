namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    // The fixed clock (birth dates), and permissive sub-options (first-generation IDs, folded full-width email).
    private static readonly UsernameOptions[] UsernameOptionSets =
    [
        new() { IdNumber = new IdNumberOptions { TimeProvider = Clock } },
        new()
        {
            IdNumber = new IdNumberOptions { TimeProvider = Clock, AllowFirstGeneration = true, RegionCheck = RegionCheck.None },
            Email = new EmailOptions { FoldFullWidth = true, TrimWhitespace = true, AllowUnicodeLocalPart = true },
        },
    ];

    /// <summary>Username.Validate: the verdict is the verdict of the validator it picked, and no validator is overlooked.</summary>
    internal static void UsernameTarget(string? input)
    {
        foreach (UsernameOptions options in UsernameOptionSets)
        {
            UsernameResult r = Check.Deterministic(() => Username.Validate(input, options));
            CheckUsernameResult(input, options, r);
        }

        // The one-argument overload is Classify with the default options (system clock: compare shapes, not dates).
        UsernameResult plain = Username.Validate(input);
        Check.Same(plain.Kind == UsernameKind.Invalid ? plain.Error : UsernameError.None, plain.Error);
    }

    private static void CheckUsernameResult(string? input, UsernameOptions options, UsernameResult r)
    {
        Check.That(Enum.IsDefined(r.Kind) && Enum.IsDefined(r.Error));
        Check.That(r.IsValid == (r.Error == UsernameError.None) && r.IsValid == (r.Normalized is not null));
        Check.That(r.DetailErrorCode is null == r.Error is UsernameError.None or UsernameError.Empty or UsernameError.NotRecognized);

        // At most one underlying result, the one matching the kind or the error, and it is what that validator says.
        int parts = (r.Mobile is null ? 0 : 1) + (r.IdNumber is null ? 0 : 1) + (r.Email is null ? 0 : 1);
        Check.That(parts == (r.Error is UsernameError.Empty or UsernameError.NotRecognized ? 0 : 1));
        if (r.Mobile is { } mobile)
        {
            Check.That(r.Kind == UsernameKind.Mobile || r.Error == UsernameError.InvalidMobileNumber);
            Check.Same(MobileNumber.Validate(input), mobile);
            Check.Same(mobile.IsValid, r.IsValid);
            Check.That(!r.IsValid || r.Normalized == mobile.Normalized);
        }

        if (r.IdNumber is { } id)
        {
            Check.That(r.Kind == UsernameKind.IdNumber || r.Error == UsernameError.InvalidIdNumber);
            Check.Same(IdNumber.Validate(input, options.IdNumber), id);
            Check.Same(id.IsValid, r.IsValid);
            Check.That(!r.IsValid || r.Normalized == id.Normalized);
        }

        if (r.Email is { } email)
        {
            Check.That(r.Kind == UsernameKind.Email || r.Error == UsernameError.InvalidEmail);
            Check.Same(Email.Validate(input, options.Email), email);
            Check.Same(email.IsValid, r.IsValid);
            Check.That(!r.IsValid || r.Normalized == email.Normalized);
        }

        // Nothing that one of the three validators accepts is left unrecognised or sent to another one. A number both
        // numeric rules accept ("0086" + 11 digits, a first-generation ID when regions are not checked) is a mobile number.
        bool mobileAccepts = MobileNumber.Validate(input).IsValid;
        if (mobileAccepts)
        {
            Check.Same(UsernameKind.Mobile, r.Kind);
        }

        if (!mobileAccepts && IdNumber.Validate(input, options.IdNumber).IsValid)
        {
            Check.Same(UsernameKind.IdNumber, r.Kind);
        }

        if (Email.Validate(input, options.Email).IsValid)
        {
            Check.Same(UsernameKind.Email, r.Kind);
        }

        // The canonical form classifies to itself.
        if (r.Normalized is { } normalized)
        {
            UsernameResult again = Username.Validate(normalized, options);
            Check.That(again.Kind == r.Kind && again.Normalized == normalized);
        }
    }
}
