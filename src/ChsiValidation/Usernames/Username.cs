namespace ChsiValidation;

/// <summary>
/// CHSI usernames: "用户名就是你注册学信网账号时用的手机号、身份证号或者邮箱" (CHSI FAQ item 1): the mobile number, ID
/// number or email address used at registration.
/// </summary>
/// <remarks>
/// The form is read from the input's shape, then checked by that form's own rule, whose result (with its precise
/// reason) is kept: an '@' makes it an email address; a number with an X, or with 15 or more digits (but not
/// 0086 and 11 digits), an ID number; any other number a mobile number. So an 18-character number with a wrong check
/// character is an invalid ID number (<see cref="IdNumberError.ChecksumMismatch"/>), never an email or a mobile number.
/// The shape only chooses whose reason a rejected number gets: a number that either numeric rule accepts is accepted
/// (a mobile number first when both do).
/// </remarks>
public static class Username
{
    // The largest of the three rules' own bounds (the email rule's, which reads up to 1024 characters so that
    // TrimWhitespace can accept a padded address): anything longer all three refuse unread. A smaller bound here would
    // refuse padded addresses the email rule accepts.
    private const int MaxInputLength = ChsiValidation.Email.MaxInputLength;

    /// <summary>Classifies and validates a username with the default rules of each form.</summary>
    /// <param name="input">What the person typed; <see langword="null"/> is <see cref="UsernameError.Empty"/>.</param>
    /// <returns>The form and the underlying rule's result. Never throws.</returns>
    public static UsernameResult Validate(string? input) => Validate(input, null);

    /// <summary>Classifies and validates a username.</summary>
    /// <param name="input">What the person typed; <see langword="null"/> is <see cref="UsernameError.Empty"/>.</param>
    /// <param name="options">The rules of each form; <see langword="null"/> means <see cref="UsernameOptions.Default"/>.</param>
    /// <returns>The form and the underlying rule's result. Never throws.</returns>
    public static UsernameResult Validate(string? input, UsernameOptions? options)
    {
        options ??= UsernameOptions.Default;
        ReadOnlySpan<char> span = input.AsSpan();
        // Longer than any mobile number, ID number or email address: refused before any of it is read.
        if (span.Length > MaxInputLength)
        {
            return new UsernameResult { Error = UsernameError.NotRecognized };
        }

        if (TypedText.IsBlank(span))
        {
            return new UsernameResult { Error = UsernameError.Empty };
        }

        if (span.IndexOfAny('@', '\uFF20') >= 0)
        {
            EmailResult email = ChsiValidation.Email.Validate(input, options.Email);
            return email.IsValid
                ? new UsernameResult { Kind = UsernameKind.Email, Normalized = email.Normalized, Email = email }
                : new UsernameResult { Error = UsernameError.InvalidEmail, Email = email };
        }

        UsernameKind shape = NumberShape(span);
        if (shape == UsernameKind.Invalid)
        {
            return new UsernameResult { Error = UsernameError.NotRecognized };
        }

        // The shape decides whose reason a rejected number is given; a number the other numeric rule accepts is still
        // accepted. "0086" + 11 digits is a mobile number by its shape, and also a 15-digit first-generation ID number
        // when first-generation numbers are allowed and region codes are not checked.
        if (shape == UsernameKind.Mobile)
        {
            MobileNumberResult mobile = MobileNumber.Validate(input);
            if (!mobile.IsValid)
            {
                IdNumberResult other = ChsiValidation.IdNumber.Validate(input, options.IdNumber);
                if (other.IsValid)
                {
                    return FromIdNumber(other);
                }
            }

            return FromMobile(mobile);
        }

        IdNumberResult id = ChsiValidation.IdNumber.Validate(input, options.IdNumber);
        if (!id.IsValid)
        {
            MobileNumberResult other = MobileNumber.Validate(input);
            if (other.IsValid)
            {
                return FromMobile(other);
            }
        }

        return FromIdNumber(id);
    }

    private static UsernameResult FromMobile(MobileNumberResult mobile) => mobile.IsValid
        ? new UsernameResult { Kind = UsernameKind.Mobile, Normalized = mobile.Normalized, Mobile = mobile }
        : new UsernameResult { Error = UsernameError.InvalidMobileNumber, Mobile = mobile };

    private static UsernameResult FromIdNumber(IdNumberResult id) => id.IsValid
        ? new UsernameResult { Kind = UsernameKind.IdNumber, Normalized = id.Normalized, IdNumber = id }
        : new UsernameResult { Error = UsernameError.InvalidIdNumber, IdNumber = id };

    /// <summary>
    /// Which numeric form the input looks like, from its first visible character and its digits:
    /// <see cref="UsernameKind.Invalid"/> when it does not start like a number at all.
    /// </summary>
    private static UsernameKind NumberShape(ReadOnlySpan<char> s)
    {
        // The first character that is not one of the separators MobileNumber drops (spaces, '-', '(', ')'): "-13800138000"
        // and "(138) 0013 8000" are mobile numbers the mobile rule accepts, so they must not be left unrecognised here.
        int at = 0;
        while (at < s.Length && MobileNumber.IsSeparator(s[at]))
        {
            at++;
        }

        char first = at < s.Length ? s[at] : '\0';
        bool numeric = TypedText.FoldDigit(first) != '\0' || first is '+' or '\uFF0B';
        if (!numeric)
        {
            return UsernameKind.Invalid;
        }

        int digits = 0;
        bool x = false;
        bool plus = false;
        Span<char> lead = stackalloc char[4];
        foreach (char c in s)
        {
            char digit = TypedText.FoldDigit(c);
            if (digit != '\0')
            {
                if (digits < lead.Length)
                {
                    lead[digits] = digit;
                }

                digits++;
            }
            else
            {
                x |= c is 'X' or 'x' or '\uFF38' or '\uFF58';
                plus |= c is '+' or '\uFF0B';
            }
        }

        if (plus)
        {
            return UsernameKind.Mobile;
        }

        bool internationalMobile = digits == 15 && lead.SequenceEqual("0086");
        return x || (digits >= 15 && !internationalMobile) ? UsernameKind.IdNumber : UsernameKind.Mobile;
    }
}
