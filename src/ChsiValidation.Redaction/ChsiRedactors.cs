using Microsoft.Extensions.Compliance.Redaction;

namespace ChsiValidation.Redaction;

/// <summary>
/// The base of ChsiValidation's redactors: masks each value with one of <see cref="Mask"/>'s span methods and the
/// options it was created with, after taking off the discriminator that logging's redaction appends (see the package's
/// documentation). A redactor allocates nothing where its <see cref="Mask"/> method allocates nothing.
/// </summary>
/// <typeparam name="TOptions">The options of the mask: <see cref="IdNumberMaskOptions"/>, ...</typeparam>
public abstract class MaskRedactor<TOptions> : Redactor
    where TOptions : MaskOptions
{
    private protected MaskRedactor(TOptions options) => Options = options;

    /// <summary>What is kept.</summary>
    public TOptions Options { get; }

    /// <inheritdoc />
    public sealed override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        input = RedactorText.WithoutDiscriminator(input);
        int longest = LongestMask(input);
        Span<char> buffer = longest <= RedactorText.StackLength ? stackalloc char[RedactorText.StackLength] : new char[longest];
        TryMask(input, buffer, out int written);
        return written;
    }

    /// <inheritdoc />
    public sealed override int Redact(ReadOnlySpan<char> source, Span<char> destination) =>
        TryMask(RedactorText.WithoutDiscriminator(source), destination, out int written)
            ? written
            : throw new ArgumentException("The destination is shorter than GetRedactedLength says the redacted value is.", nameof(destination));

    /// <summary>Writes the mask of <paramref name="value"/>; <see langword="false"/> when <paramref name="destination"/> is too small.</summary>
    private protected abstract bool TryMask(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten);

    /// <summary>
    /// The most characters the mask of <paramref name="value"/> can take. Default: that of free text (names, certificate
    /// numbers), at most as many UTF-16 units as the canonical value, which has at most twice as many as the input (a
    /// folded character may leave the BMP); an input beyond any rule's longest is masked whole, as 18 characters at most.
    /// </summary>
    private protected virtual int LongestMask(ReadOnlySpan<char> value) => (2 * Math.Min(value.Length, RedactorText.LongestInput)) + IdNumber.Length;
}

/// <summary>
/// Redacts ID numbers with <see cref="Mask.TryIdNumber"/>: 11010519491231002X → 110105********002X; a number the ID rule
/// rejects becomes 18 mask characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="IdNumberMaskOptions.Default"/>. Registered
/// <see cref="IdNumberMaskOptions"/> in the service container are used when the redactor is created there.</param>
public sealed class IdNumberRedactor(IdNumberMaskOptions? options = null) : MaskRedactor<IdNumberMaskOptions>(options ?? IdNumberMaskOptions.Default)
{
    private protected override bool TryMask(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten) =>
        Mask.TryIdNumber(value, destination, out charsWritten, Options);

    private protected override int LongestMask(ReadOnlySpan<char> value) => IdNumber.Length;
}

/// <summary>
/// Redacts mainland mobile numbers with <see cref="Mask.TryMobileNumber"/>: +86 138 0013 8000 → 138****8000; a number the
/// mobile rule rejects becomes 11 mask characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="MobileNumberMaskOptions.Default"/>.</param>
public sealed class MobileNumberRedactor(MobileNumberMaskOptions? options = null) : MaskRedactor<MobileNumberMaskOptions>(options ?? MobileNumberMaskOptions.Default)
{
    private protected override bool TryMask(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten) =>
        Mask.TryMobileNumber(value, destination, out charsWritten, Options);

    private protected override int LongestMask(ReadOnlySpan<char> value) => MobileNumber.Length;
}

/// <summary>
/// Redacts email addresses with <see cref="Mask.TryEmail"/>: user@qq.com → u***@qq.com; an address the email rule rejects
/// becomes three mask characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="EmailMaskOptions.Default"/>.</param>
public sealed class EmailRedactor(EmailMaskOptions? options = null) : MaskRedactor<EmailMaskOptions>(options ?? EmailMaskOptions.Default)
{
    private protected override bool TryMask(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten) =>
        Mask.TryEmail(value, destination, out charsWritten, Options);

    // Kept start and end of a 64-character local part, the mask, '@' and a 254-character domain.
    private protected override int LongestMask(ReadOnlySpan<char> value) => (3 * Email.MaxLocalPartLength) + 1 + Email.MaxLength;
}

/// <summary>
/// Redacts names with <see cref="Mask.TryPersonName"/>: 张小梦 → 张*梦; a name the name rule rejects becomes three mask
/// characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="PersonNameMaskOptions.Default"/>.</param>
public sealed class PersonNameRedactor(PersonNameMaskOptions? options = null) : MaskRedactor<PersonNameMaskOptions>(options ?? PersonNameMaskOptions.Default)
{
    private protected override bool TryMask(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten) =>
        Mask.TryPersonName(value, destination, out charsWritten, Options);
}

/// <summary>
/// Redacts certificate numbers whose type the log does not know: a number the ID rules accept (resident ID card,
/// residence permit, 2023 foreign permanent resident ID) as <see cref="Mask.TryIdNumber"/> masks it; any other printable
/// value as <see cref="CertificateType.Other"/> (E12345678 → E*****678); an unprintable one as 18 mask characters.
/// </summary>
/// <param name="options">What is kept; <see langword="null"/> means <see cref="CertificateNumberMaskOptions.Default"/>.</param>
public sealed class CertificateNumberRedactor(CertificateNumberMaskOptions? options = null)
    : MaskRedactor<CertificateNumberMaskOptions>(options ?? CertificateNumberMaskOptions.Default)
{
    // The ID rules and keep counts of the certificate options, with their mask character, for the numbers the ID rules accept.
    private readonly IdNumberMaskOptions _idOptions = (options?.IdNumber ?? IdNumberMaskOptions.Default) with
    {
        MaskCharacter = options?.MaskCharacter ?? Mask.DefaultMaskCharacter,
        Validation = options?.Validation?.IdNumber ?? IdNumberOptions.Default,
    };

    private protected override bool TryMask(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten) =>
        IdNumber.IsValid(value, _idOptions.Validation)
            ? Mask.TryIdNumber(value, destination, out charsWritten, _idOptions)
            : Mask.TryCertificateNumber(CertificateType.Other, value, destination, out charsWritten, Options);
}

/// <summary>What the redactors share.</summary>
internal static class RedactorText
{
    /// <summary>
    /// A stack buffer's length: enough for the mask of any email address (447) and of a name or certificate number of up
    /// to 247 UTF-16 units.
    /// </summary>
    internal const int StackLength = 512;

    /// <summary>Longer than any name or certificate number any options accept: masked whole, unread.</summary>
    internal const int LongestInput = (2 * PersonNameOptions.MaxMaxLength) + 64;

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
}
