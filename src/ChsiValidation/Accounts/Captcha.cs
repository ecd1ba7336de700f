namespace ChsiValidation;

/// <summary>Why an image captcha answer was rejected (format only: the server compares it with the image).</summary>
public enum CaptchaError
{
    /// <summary>The answer has an acceptable form.</summary>
    None = 0,

    /// <summary>Nothing was entered.</summary>
    Empty,

    /// <summary>Not a letter or digit; <see cref="CaptchaResult.ErrorPosition"/> gives it.</summary>
    InvalidCharacter,

    /// <summary>Fewer than <see cref="CaptchaOptions.MinLength"/> or more than <see cref="CaptchaOptions.MaxLength"/> characters.</summary>
    InvalidLength,
}

/// <summary>Options of <see cref="Captcha.Validate"/>.</summary>
public sealed record CaptchaOptions
{
    /// <summary>The largest <see cref="MinLength"/> and <see cref="MaxLength"/> accepted: 64 characters.</summary>
    public const int LengthLimit = 64;

    private readonly int _minLength = 4;
    private readonly int _maxLength = 8;

    /// <summary>4–8 ASCII letters or digits.</summary>
    public static CaptchaOptions Default { get; } = new();

    /// <summary>The fewest characters, 1–<see cref="LengthLimit"/>. Default 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–<see cref="LengthLimit"/>.</exception>
    public int MinLength
    {
        get => _minLength;
        init => _minLength = OptionBounds.Check(value, 1, LengthLimit, nameof(MinLength));
    }

    /// <summary>The most characters, 1–<see cref="LengthLimit"/>, not less than <see cref="MinLength"/>. Default 8.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–<see cref="LengthLimit"/>.</exception>
    public int MaxLength
    {
        get => _maxLength;
        init => _maxLength = OptionBounds.Check(value, 1, LengthLimit, nameof(MaxLength));
    }

    // The two lengths are set independently (in any order in an object initializer), so their order is checked on use.
    internal void CheckConsistent() => OptionBounds.CheckOrder(MinLength, MaxLength, nameof(MinLength), nameof(MaxLength));
}

/// <summary>The outcome of <see cref="Captcha.Validate"/>.</summary>
public readonly record struct CaptchaResult : IRuleResult
{
    /// <summary><see langword="true"/> when the answer has an acceptable form.</summary>
    public bool IsValid => Error == CaptchaError.None && Normalized is not null;

    /// <summary>Why it was rejected.</summary>
    public CaptchaError Error { get; init; }

    /// <summary>The answer with spaces trimmed and full-width letters and digits folded to ASCII (case kept).</summary>
    public string? Normalized { get; init; }

    /// <summary>For <see cref="CaptchaError.InvalidCharacter"/>: the UTF-16 index in the input; otherwise -1.</summary>
    public int ErrorPosition { get; init; }

    /// <summary>Always <see langword="false"/> for an invalid answer; <see langword="true"/> when spaces were trimmed or full-width characters folded.</summary>
    public bool WasNormalized { get; init; }

    /// <summary>The options the answer was checked with (their bounds appear in messages).</summary>
    internal CaptchaOptions? Options { get; init; }

    /// <inheritdoc />
    public string? ErrorCode => Error == CaptchaError.None ? null : ErrorCodes.Of(Error);

    /// <inheritdoc />
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null) =>
        MessageArguments.Select(ErrorCode, MessageArguments.For(input ?? string.Empty, this, Options ?? CaptchaOptions.Default));
}

/// <summary>Image captcha answers (图片验证码): a few letters or digits, typed possibly with a Chinese IME.</summary>
public static class Captcha
{
    /// <summary>Checks the form of a captcha answer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CaptchaOptions.MinLength"/> exceeds <see cref="CaptchaOptions.MaxLength"/> (a programmer error).</exception>
    public static CaptchaResult Validate(string? input, CaptchaOptions? options = null)
    {
        options ??= CaptchaOptions.Default;
        options.CheckConsistent();
        return ValidateCore(input, options) with { Options = options };
    }

    private static CaptchaResult ValidateCore(string? input, CaptchaOptions options)
    {
        // Far longer than an answer even with spaces around it: refused before any of it is read. The bound is at most
        // 128, so the stack buffer below is small whatever the options say.
        if (input is not null && input.Length > (options.MaxLength * 2) + 64)
        {
            return new CaptchaResult { Error = CaptchaError.InvalidLength, ErrorPosition = -1 };
        }

        ReadOnlySpan<char> trimmed = TypedText.Trim(input);
        if (trimmed.IsEmpty)
        {
            return new CaptchaResult { Error = CaptchaError.Empty, ErrorPosition = -1 };
        }

        if (trimmed.Length > options.MaxLength)
        {
            return new CaptchaResult { Error = CaptchaError.InvalidLength, ErrorPosition = -1 };
        }

        int offset = input.AsSpan().IndexOf(trimmed);
        Span<char> folded = stackalloc char[trimmed.Length];
        for (int i = 0; i < trimmed.Length; i++)
        {
            folded[i] = TypedText.FoldFullWidth(trimmed[i]);
            if (!char.IsAsciiLetterOrDigit(folded[i]))
            {
                return new CaptchaResult { Error = CaptchaError.InvalidCharacter, ErrorPosition = offset + i };
            }
        }

        if (trimmed.Length < options.MinLength)
        {
            return new CaptchaResult { Error = CaptchaError.InvalidLength, ErrorPosition = -1 };
        }

        bool unchanged = folded.SequenceEqual(input.AsSpan());
        return new CaptchaResult { Normalized = unchanged ? input! : folded.ToString(), WasNormalized = !unchanged, ErrorPosition = -1 };
    }
}
