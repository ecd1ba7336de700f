using System.ComponentModel.DataAnnotations;

namespace ChsiValidation.DataAnnotations;

/// <summary>
/// The member must be a valid Chinese ID number (<see cref="IdNumber.Validate(string?, IdNumberOptions?)"/>). "Today"
/// comes from a <see cref="TimeProvider"/> registered in the container, else the system clock.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChsiIdNumberAttribute : ChsiValidationAttribute
{
    private IdNumberOptions _options = IdNumberOptions.Default;
    private string[] _additionalRegionCodes = [];

    /// <summary>See <see cref="IdNumberOptions.Strict"/>. Default <see langword="false"/>.</summary>
    public bool Strict
    {
        get => _options.Strict;
        set => _options = _options with { Strict = value };
    }

    /// <summary>See <see cref="IdNumberOptions.AllowFirstGeneration"/>. Default <see langword="false"/>.</summary>
    public bool AllowFirstGeneration
    {
        get => _options.AllowFirstGeneration;
        set => _options = _options with { AllowFirstGeneration = value };
    }

    /// <summary>See <see cref="IdNumberOptions.RegionCheck"/>. Default <see cref="RegionCheck.Province"/>.</summary>
    public RegionCheck RegionCheck
    {
        get => _options.RegionCheck;
        set => _options = _options with { RegionCheck = value };
    }

    /// <summary>
    /// See <see cref="IdNumberOptions.AdditionalRegionCodes"/>: six-digit address codes accepted at
    /// <see cref="RegionCheck.KnownCode"/> beyond the table, written as six ASCII digits (<c>"500157"</c>). Default
    /// empty; <see langword="null"/> means none. Checked when set, like the options: an entry that is not six ASCII
    /// digits under a GB/T 2260 province code, or more than 10,000 entries, are a programmer error, reported as an
    /// <see cref="ArgumentOutOfRangeException"/> (naming the entry's index) each time the attribute validates (see
    /// <see cref="ChsiValidationAttribute"/>).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Attribute arguments can only be arrays; the getter returns a copy.")]
    public string[] AdditionalRegionCodes
    {
        get => [.. _additionalRegionCodes];
        set => _additionalRegionCodes = ConfigureList(value, nameof(AdditionalRegionCodes), codes =>
            _options = _options with { AdditionalRegionCodes = AttributeLists.RegionCodes(codes, nameof(AdditionalRegionCodes)) });
    }

    /// <inheritdoc />
    protected override IRuleResult Validate(string input, ValidationContext? validationContext) =>
        IdNumber.Validate(input, _options with { TimeProvider = Clock(validationContext) });
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
    private MobileNumberKind _acceptedKinds = MobileNumberKind.All;
    private string[] _additionalPrefixes = [];

    /// <summary>
    /// See <see cref="MobileNumberOptions.AcceptedKinds"/>. Default <see cref="MobileNumberKind.All"/>;
    /// <see cref="MobileNumberKind.PublicMobile"/> refuses satellite and data-only numbers. <see cref="MobileNumberKind.None"/>
    /// or undefined bits are a programmer error, reported as an <see cref="ArgumentOutOfRangeException"/> each time the
    /// attribute validates (see <see cref="ChsiValidationAttribute"/>).
    /// </summary>
    public MobileNumberKind AcceptedKinds
    {
        get => _acceptedKinds;
        set
        {
            _acceptedKinds = value;
            Configure(nameof(AcceptedKinds), () => options = options with { AcceptedKinds = value });
        }
    }

    /// <summary>
    /// See <see cref="MobileNumberOptions.AdditionalPrefixes"/>: prefixes accepted beyond the allocation table, each
    /// written as its digits (<c>"1619"</c>, a public mobile range) or as digits, a colon and the kind
    /// (<c>"1349:Satellite"</c>; <c>PublicMobile</c>, <c>Satellite</c>, <c>DataOnly</c> or <c>Iot</c>, case ignored), so
    /// that <see cref="AcceptedKinds"/> can refuse them. The carrier is not written: an attribute reports only the
    /// verdict. Default empty; <see langword="null"/> means none. Checked when set, like the options: an entry that is
    /// not 3–10 ASCII digits starting with 1, an unknown kind, or more than
    /// <see cref="MobileNumberOptions.MaxAdditionalPrefixes"/> entries are a programmer error, reported as an
    /// <see cref="ArgumentOutOfRangeException"/> (naming the entry's index) each time the attribute validates (see
    /// <see cref="ChsiValidationAttribute"/>).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Attribute arguments can only be arrays; the getter returns a copy.")]
    public string[] AdditionalPrefixes
    {
        get => [.. _additionalPrefixes];
        set => _additionalPrefixes = ConfigureList(value, nameof(AdditionalPrefixes), prefixes =>
            options = options with { AdditionalPrefixes = AttributeLists.MobilePrefixes(prefixes, nameof(AdditionalPrefixes)) });
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
    private SmsCodeOptions _options = SmsCodeOptions.Default;

    /// <summary>Creates the attribute.</summary>
    /// <param name="length">
    /// The number of digits, 4–8. Another length is a programmer error, reported as an
    /// <see cref="ArgumentOutOfRangeException"/> each time the attribute validates (see <see cref="ChsiValidationAttribute"/>).
    /// </param>
    public ChsiSmsCodeAttribute(int length = SmsCode.DefaultLength)
    {
        Length = length;
        Configure(nameof(length), () => _options = new SmsCodeOptions { Length = length });
    }

    /// <summary>The number of digits, as given.</summary>
    public int Length { get; }

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
