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
    /// <summary>4–8 ASCII letters or digits.</summary>
    public static CaptchaOptions Default { get; } = new();

    /// <summary>The fewest characters. Default 4.</summary>
    public int MinLength { get; init; } = 4;

    /// <summary>The most characters. Default 8.</summary>
    public int MaxLength { get; init; } = 8;
}

/// <summary>The outcome of <see cref="Captcha.Validate"/>.</summary>
public readonly record struct CaptchaResult
{
    /// <summary><see langword="true"/> when the answer has an acceptable form.</summary>
    public bool IsValid => Error == CaptchaError.None && Normalized is not null;

    /// <summary>Why it was rejected.</summary>
    public CaptchaError Error { get; init; }

    /// <summary>The answer with spaces trimmed and full-width letters and digits folded to ASCII (case kept).</summary>
    public string? Normalized { get; init; }

    /// <summary>For <see cref="CaptchaError.InvalidCharacter"/>: the UTF-16 index in the input; otherwise -1.</summary>
    public int ErrorPosition { get; init; }
}

/// <summary>Image captcha answers (图片验证码): a few letters or digits, typed possibly with a Chinese IME.</summary>
public static class Captcha
{
    /// <summary>Checks the form of a captcha answer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options' bounds are inconsistent (a programmer error).</exception>
    public static CaptchaResult Validate(string? input, CaptchaOptions? options = null)
    {
        options ??= CaptchaOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinLength, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLength, options.MinLength, nameof(options));
        // Far longer than an answer even with spaces around it: refused before any of it is read.
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

        string normalized = folded.SequenceEqual(input.AsSpan()) ? input! : folded.ToString();
        return new CaptchaResult { Normalized = normalized, ErrorPosition = -1 };
    }
}
