using System.Globalization;

namespace ChsiValidation;

/// <summary>Why part of a support request (联系客服, CHSI FAQ item 9) was rejected.</summary>
public enum SupportRequestError
{
    /// <summary>Acceptable.</summary>
    None = 0,

    /// <summary>Nothing was given: a description of only spaces, or no screenshot (<see cref="ErrorCodes.Required"/>).</summary>
    Empty,

    /// <summary>The description has more characters than <see cref="SupportRequestOptions.DescriptionMaxLength"/> (<see cref="ErrorCodes.TextTooLong"/>).</summary>
    TooLong,

    /// <summary>The screenshot is neither of an image type nor named as an image file (<see cref="ErrorCodes.ScreenshotNotAnImage"/>).</summary>
    NotAnImage,

    /// <summary>The screenshot has more bytes than <see cref="SupportRequestOptions.ScreenshotMaxBytes"/> (<see cref="ErrorCodes.ScreenshotTooLarge"/>).</summary>
    TooLarge,

    /// <summary>
    /// The description holds a character that cannot be stored or shown as typed (<see cref="ErrorCodes.TextInvalidCharacter"/>):
    /// a control character other than tab and line breaks, half of a surrogate pair, or a bidirectional embedding,
    /// override or isolate (U+202A–U+202E, U+2066–U+2069), which reorders the text that staff read.
    /// </summary>
    InvalidCharacter,
}

/// <summary>Options of <see cref="SupportRequest"/>. Bounds are checked when the options are created.</summary>
public sealed record SupportRequestOptions
{
    private readonly int _descriptionMaxLength = 2000;
    private readonly long _screenshotMaxBytes = 5 * 1024 * 1024;

    /// <summary>2,000 characters, 5 MB.</summary>
    public static SupportRequestOptions Default { get; } = new();

    /// <summary>The longest description, in characters, 1–100,000. Default 2,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–100,000.</exception>
    public int DescriptionMaxLength
    {
        get => _descriptionMaxLength;
        init => _descriptionMaxLength = OptionBounds.Check(value, 1, 100_000, nameof(DescriptionMaxLength));
    }

    /// <summary>The largest screenshot, in bytes, 1 byte–1 GiB. Default 5 MB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–1,073,741,824.</exception>
    public long ScreenshotMaxBytes
    {
        get => _screenshotMaxBytes;
        init => _screenshotMaxBytes = OptionBounds.Check(value, 1, 1L << 30, nameof(ScreenshotMaxBytes));
    }
}

/// <summary>The outcome of a <see cref="SupportRequest"/> check. A default instance is not valid.</summary>
public readonly record struct SupportRequestResult : IRuleResult
{
    /// <summary><see langword="true"/> when the part is acceptable.</summary>
    public bool IsValid => Error == SupportRequestError.None && Checked;

    /// <summary>Why it was rejected.</summary>
    public SupportRequestError Error { get; init; }

    /// <summary>The UTF-16 index of the character of <see cref="SupportRequestError.InvalidCharacter"/>; -1 otherwise.</summary>
    public int ErrorPosition
    {
        get => errorIndexPlusOne - 1;
        init => errorIndexPlusOne = value + 1;
    }

    // Stored one higher, so that a default instance (and any result without a position) answers -1.
    private readonly int errorIndexPlusOne;

    /// <summary>The description as given (never rewritten) when valid; <see langword="null"/> for a screenshot or a rejection.</summary>
    public string? Normalized { get; init; }

    /// <summary>Always <see langword="false"/>: nothing is rewritten.</summary>
    public bool WasNormalized => false;

    /// <inheritdoc />
    public string? ErrorCode => Error == SupportRequestError.None ? null : ErrorCodes.Of(Error);

    internal bool Checked { get; init; }

    internal SupportRequestOptions? Options { get; init; }

    /// <inheritdoc />
    /// <remarks><c>MaxLength</c> (characters) for a long description, <c>MaxSizeMegabytes</c> for a large screenshot.</remarks>
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, CultureInfo? culture = null)
    {
        SupportRequestOptions options = Options ?? SupportRequestOptions.Default;
        return MessageArguments.Select(ErrorCode, [
            ("MaxLength", options.DescriptionMaxLength),
            ("MaxSizeMegabytes", options.ScreenshotMaxBytes / (1024.0 * 1024.0)),
            ("Position", MessageArguments.CharacterPosition(input, ErrorPosition)),
        ]);
    }
}

/// <summary>The parts of a support request (联系客服, CHSI FAQ item 9): a description and a screenshot of the page with the problem.</summary>
public static class SupportRequest
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"];

    /// <summary>
    /// Checks a description: not blank, at most <see cref="SupportRequestOptions.DescriptionMaxLength"/> characters (a
    /// surrogate pair is one), and no character that cannot be stored or shown as typed
    /// (<see cref="SupportRequestError.InvalidCharacter"/>).
    /// </summary>
    /// <param name="description">The text; <see langword="null"/> is <see cref="SupportRequestError.Empty"/>.</param>
    /// <param name="options">The bounds; <see langword="null"/> means <see cref="SupportRequestOptions.Default"/>.</param>
    /// <returns>The verdict. Never throws; reads at most twice the limit of a long text.</returns>
    public static SupportRequestResult ValidateDescription(string? description, SupportRequestOptions? options = null)
    {
        options ??= SupportRequestOptions.Default;
        var result = new SupportRequestResult { Checked = true, Options = options };
        int max = options.DescriptionMaxLength;
        // Length first, so a huge text is refused before it is read: more than twice the limit in UTF-16 units is more
        // than the limit in characters, however many surrogate pairs it holds.
        if (description is not null && description.Length > max * 2)
        {
            return result with { Error = SupportRequestError.TooLong };
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            return result with { Error = SupportRequestError.Empty };
        }

        bool tooLong = description.Length > max && TypedText.RuneCount(description) > max;
        if (tooLong)
        {
            return result with { Error = SupportRequestError.TooLong };
        }

        int invalid = IndexOfInvalidCharacter(description);
        return invalid >= 0
            ? result with { Error = SupportRequestError.InvalidCharacter, ErrorPosition = invalid }
            : result with { Normalized = description };
    }

    /// <summary>The index of the first character a description may not hold (see <see cref="SupportRequestError.InvalidCharacter"/>), or -1.</summary>
    private static int IndexOfInvalidCharacter(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            bool control = char.IsControl(c) && c is not ('\t' or '\n' or '\r');
            if (control || char.IsSurrogate(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Checks an uploaded screenshot by its declared type or file name, and its size.</summary>
    /// <param name="fileName">The uploaded file's name, if any.</param>
    /// <param name="contentType">The declared content type, if any (an <c>image/*</c> type passes).</param>
    /// <param name="length">The file's size in bytes; 0 or less is no screenshot.</param>
    /// <param name="options">The bounds; <see langword="null"/> means <see cref="SupportRequestOptions.Default"/>.</param>
    /// <returns>The verdict. Never throws.</returns>
    public static SupportRequestResult ValidateScreenshot(string? fileName, string? contentType, long length, SupportRequestOptions? options = null)
    {
        options ??= SupportRequestOptions.Default;
        var result = new SupportRequestResult { Checked = true, Options = options };
        string extension = Path.GetExtension(fileName ?? string.Empty);
        bool image = contentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
            || ImageExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        return length <= 0 || !image ? result with { Error = SupportRequestError.NotAnImage }
            : length > options.ScreenshotMaxBytes ? result with { Error = SupportRequestError.TooLarge }
            : result;
    }
}
