using System.ComponentModel.DataAnnotations;

namespace ChsiValidation.DataAnnotations;

/// <summary>
/// The member must be a valid Chinese ID number (<see cref="IdNumber.Validate(string?, IdNumberOptions?)"/>). "Today"
/// comes from a <see cref="TimeProvider"/> registered in the container, else the system clock.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiIdNumberAttribute : ChsiValidationAttribute
{
    /// <summary>See <see cref="IdNumberOptions.Strict"/>. Default <see langword="false"/>.</summary>
    public bool Strict { get; set; }

    /// <summary>See <see cref="IdNumberOptions.AllowFirstGeneration"/>. Default <see langword="false"/>.</summary>
    public bool AllowFirstGeneration { get; set; }

    /// <summary>See <see cref="IdNumberOptions.RegionCheck"/>. Default <see cref="RegionCheck.Province"/>.</summary>
    public RegionCheck RegionCheck { get; set; } = RegionCheck.Province;

    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) =>
        IdNumber.Validate(input, new IdNumberOptions
        {
            Strict = Strict,
            AllowFirstGeneration = AllowFirstGeneration,
            RegionCheck = RegionCheck,
            TimeProvider = Clock(validationContext),
        });
}

/// <summary>The member must be a valid name (<see cref="PersonName.Validate(string?, PersonNameOptions?)"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiPersonNameAttribute : ChsiValidationAttribute
{
    /// <summary>See <see cref="PersonNameOptions.AllowLatin"/>. Default <see langword="false"/>.</summary>
    public bool AllowLatin { get; set; }

    /// <summary>See <see cref="PersonNameOptions.MaxLength"/>. Default 50.</summary>
    public int MaxLength { get; set; } = PersonNameOptions.Default.MaxLength;

    /// <summary>See <see cref="PersonNameOptions.RareCharacterIsError"/>. Default <see langword="false"/>.</summary>
    public bool RareCharacterIsError { get; set; }

    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) =>
        PersonName.Validate(input, PersonNameOptions.Default with { AllowLatin = AllowLatin, MaxLength = MaxLength, RareCharacterIsError = RareCharacterIsError });
}

/// <summary>The member must be a mainland China mobile number (<see cref="MobileNumber.Validate(string?, MobileNumberOptions?)"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiMobileNumberAttribute : ChsiValidationAttribute
{
    private MobileNumberOptions options = MobileNumberOptions.Default;

    /// <summary>
    /// See <see cref="MobileNumberOptions.AcceptedKinds"/>. Default <see cref="MobileNumberKind.All"/>;
    /// <see cref="MobileNumberKind.PublicMobile"/> refuses satellite and data-only numbers.
    /// </summary>
    public MobileNumberKind AcceptedKinds
    {
        get => options.AcceptedKinds;
        set => options = value == MobileNumberKind.All ? MobileNumberOptions.Default : new MobileNumberOptions { AcceptedKinds = value };
    }

    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) => MobileNumber.Validate(input, options);
}

/// <summary>The member must be an email address fit for registration (<see cref="Email.Validate(string?, EmailOptions?)"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiEmailAttribute : ChsiValidationAttribute
{
    /// <summary>See <see cref="EmailOptions.AllowUnicodeLocalPart"/>. Default <see langword="false"/>.</summary>
    public bool AllowUnicodeLocalPart { get; set; }

    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) =>
        Email.Validate(input, EmailOptions.Default with { AllowUnicodeLocalPart = AllowUnicodeLocalPart });
}

/// <summary>The member must be a well-formed SMS verification code (<see cref="SmsCode.Validate(string?, SmsCodeOptions?)"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiSmsCodeAttribute : ChsiValidationAttribute
{
    private readonly SmsCodeOptions _options;

    /// <summary>Creates the attribute.</summary>
    /// <param name="length">The number of digits, 4–8.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is outside 4–8.</exception>
    public ChsiSmsCodeAttribute(int length = SmsCode.DefaultLength) => _options = new SmsCodeOptions { Length = length };

    /// <summary>The number of digits.</summary>
    public int Length => _options.Length;

    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) => SmsCode.Validate(input, _options);
}

/// <summary>The member must be a username: a mobile number, ID number or email address (<see cref="Username.Validate(string?)"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiUsernameAttribute : ChsiValidationAttribute
{
    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) =>
        Username.Validate(input, UsernameOptions.Default with { IdNumber = UsernameOptions.Default.IdNumber with { TimeProvider = Clock(validationContext) } });
}

/// <summary>The member must satisfy the default password policy (<see cref="Password.Validate(string?, PasswordOptions?, ReadOnlySpan{string?})"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiPasswordAttribute : ChsiValidationAttribute
{
    /// <summary>See <see cref="PasswordOptions.MinLength"/>. Default 8.</summary>
    public int MinLength { get; set; } = PasswordOptions.Default.MinLength;

    /// <summary>See <see cref="PasswordOptions.MaxLength"/>. Default 64.</summary>
    public int MaxLength { get; set; } = PasswordOptions.Default.MaxLength;

    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) =>
        Password.Validate(input, new PasswordOptions { MinLength = MinLength, MaxLength = MaxLength });
}

/// <summary>The member must have the form of an image captcha answer (<see cref="Captcha.Validate(string?, CaptchaOptions?)"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiCaptchaAttribute : ChsiValidationAttribute
{
    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) => Captcha.Validate(input);
}
