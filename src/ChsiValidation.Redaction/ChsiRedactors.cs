using Microsoft.Extensions.Compliance.Redaction;

namespace ChsiValidation.Redaction;

/// <summary>
/// Redacts ID numbers with <see cref="Mask.TryIdNumber"/>: 11010519491231002X → 110105********002X; a number the ID rule
/// rejects becomes 18 mask characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="IdNumberMaskOptions.Default"/>. Registered
/// <see cref="IdNumberMaskOptions"/> in the service container are used when the redactor is created there.</param>
public sealed class IdNumberRedactor(IdNumberMaskOptions? options = null) : Redactor
{
    private readonly IdNumberMaskOptions _options = options ?? IdNumberMaskOptions.Default;

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        input = RedactorText.WithoutDiscriminator(input);
        Span<char> buffer = stackalloc char[IdNumber.Length];
        Mask.TryIdNumber(input, buffer, out int written, _options);
        return written;
    }

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination) =>
        RedactorText.Written(Mask.TryIdNumber(RedactorText.WithoutDiscriminator(source), destination, out int written, _options), written);
}

/// <summary>
/// Redacts mainland mobile numbers with <see cref="Mask.TryMobileNumber"/>: +86 138 0013 8000 → 138****8000; a number the
/// mobile rule rejects becomes 11 mask characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="MobileNumberMaskOptions.Default"/>.</param>
public sealed class MobileNumberRedactor(MobileNumberMaskOptions? options = null) : Redactor
{
    private readonly MobileNumberMaskOptions _options = options ?? MobileNumberMaskOptions.Default;

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        input = RedactorText.WithoutDiscriminator(input);
        Span<char> buffer = stackalloc char[MobileNumber.Length];
        Mask.TryMobileNumber(input, buffer, out int written, _options);
        return written;
    }

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination) =>
        RedactorText.Written(Mask.TryMobileNumber(RedactorText.WithoutDiscriminator(source), destination, out int written, _options), written);
}

/// <summary>
/// Redacts email addresses with <see cref="Mask.TryEmail"/>: user@qq.com → u***@qq.com; an address the email rule rejects
/// becomes three mask characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="EmailMaskOptions.Default"/>.</param>
public sealed class EmailRedactor(EmailMaskOptions? options = null) : Redactor
{
    // Kept start and end of a 64-character local part, the mask, '@' and a 254-character domain.
    private const int LongestMask = (3 * Email.MaxLocalPartLength) + 1 + Email.MaxLength;

    private readonly EmailMaskOptions _options = options ?? EmailMaskOptions.Default;

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        input = RedactorText.WithoutDiscriminator(input);
        Span<char> buffer = stackalloc char[LongestMask];
        Mask.TryEmail(input, buffer, out int written, _options);
        return written;
    }

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination) =>
        RedactorText.Written(Mask.TryEmail(RedactorText.WithoutDiscriminator(source), destination, out int written, _options), written);
}

/// <summary>
/// Redacts names with <see cref="Mask.TryPersonName"/>: 张小梦 → 张*梦; a name the name rule rejects becomes three mask
/// characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="PersonNameMaskOptions.Default"/>.</param>
public sealed class PersonNameRedactor(PersonNameMaskOptions? options = null) : Redactor
{
    private readonly PersonNameMaskOptions _options = options ?? PersonNameMaskOptions.Default;

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        input = RedactorText.WithoutDiscriminator(input);
        Span<char> buffer = RedactorText.BufferFor(input) is { } large ? large : stackalloc char[RedactorText.StackLength];
        Mask.TryPersonName(input, buffer, out int written, _options);
        return written;
    }

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination) =>
        RedactorText.Written(Mask.TryPersonName(RedactorText.WithoutDiscriminator(source), destination, out int written, _options), written);
}

/// <summary>
/// Redacts certificate numbers whose type the log does not know: a number the ID rules accept (resident ID card,
/// residence permit, 2023 foreign permanent resident ID) as <see cref="Mask.TryIdNumber"/> masks it; any other printable
/// value as <see cref="CertificateType.Other"/> (E12345678 → E*****678); an unprintable one as 18 mask characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="CertificateNumberMaskOptions.Default"/>.</param>
public sealed class CertificateNumberRedactor(CertificateNumberMaskOptions? options = null) : Redactor
{
    private readonly CertificateNumberMaskOptions _options = options ?? CertificateNumberMaskOptions.Default;

    // The ID rules and keep counts of the certificate options, with their mask character, for the numbers the ID rules accept.
    private readonly IdNumberMaskOptions _idOptions = (options?.IdNumber ?? IdNumberMaskOptions.Default) with
    {
        MaskCharacter = options?.MaskCharacter ?? Mask.DefaultMaskCharacter,
        Validation = options?.Validation?.IdNumber ?? IdNumberOptions.Default,
    };

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        input = RedactorText.WithoutDiscriminator(input);
        Span<char> buffer = RedactorText.BufferFor(input) is { } large ? large : stackalloc char[RedactorText.StackLength];
        TryRedact(input, buffer, out int written);
        return written;
    }

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination) =>
        RedactorText.Written(TryRedact(RedactorText.WithoutDiscriminator(source), destination, out int written), written);

    private bool TryRedact(ReadOnlySpan<char> source, Span<char> destination, out int written) =>
        IdNumber.IsValid(source, _idOptions.Validation)
            ? Mask.TryIdNumber(source, destination, out written, _idOptions)
            : Mask.TryCertificateNumber(CertificateType.Other, source, destination, out written, _options);
}

/// <summary>What the redactors share.</summary>
internal static class RedactorText
{
    /// <summary>A stack buffer's length, enough for the mask of a name or certificate number of up to 126 UTF-16 units.</summary>
    internal const int StackLength = 256;

    // Longer than any name or certificate number any options accept: masked whole, unread.
    private const int LongestInput = (2 * PersonNameOptions.MaxMaxLength) + 64;

    /// <summary>
    /// A heap buffer for the mask of free text too long for <see cref="StackLength"/>, or <see langword="null"/>. A mask
    /// has at most as many UTF-16 units as the canonical value, which has at most twice as many as the input (a folded
    /// character may leave the BMP); an input beyond <see cref="LongestInput"/> is masked whole.
    /// </summary>
    internal static char[]? BufferFor(ReadOnlySpan<char> input)
    {
        int needed = (2 * Math.Min(input.Length, LongestInput)) + 18;
        return needed <= StackLength ? null : new char[needed];
    }

    /// <summary>
    /// The value without the discriminator that logging's redaction appends (<c>value:TagName</c>, when
    /// LoggerRedactionOptions.ApplyDiscriminator is on, its default): a mask is of the value, and none of the values
    /// masked here has a ':' of its own that a rule accepts (其他 aside, which then shows less, never more).
    /// </summary>
    internal static ReadOnlySpan<char> WithoutDiscriminator(ReadOnlySpan<char> value)
    {
        int colon = value.LastIndexOf(':');
        return colon < 0 ? value : value[..colon];
    }

    internal static int Written(bool done, int written) =>
        done ? written : throw new ArgumentException("The destination is shorter than GetRedactedLength says the redacted value is.", "destination");
}
