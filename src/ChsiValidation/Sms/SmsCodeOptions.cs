namespace ChsiValidation;

/// <summary>Options of <see cref="SmsCode.Validate(string?, SmsCodeOptions?)"/>. Bounds are checked when the options are created.</summary>
public sealed record SmsCodeOptions
{
    private readonly int _length = SmsCode.DefaultLength;

    /// <summary>Six-digit codes.</summary>
    public static SmsCodeOptions Default { get; } = new();

    /// <summary>The number of digits the codes have, 4–8. Default 6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 4–8 (a programmer error, not user input).</exception>
    public int Length
    {
        get => _length;
        init
        {
            SmsCode.CheckLength(value);
            _length = value;
        }
    }
}
