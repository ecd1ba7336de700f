using System.Globalization;

namespace ChsiValidation;

/// <summary>
/// The contract every rule's result shares (<see cref="IdNumberResult"/>, <see cref="PersonNameResult"/>,
/// <see cref="MobileNumberResult"/>, <see cref="EmailResult"/>, <see cref="SmsCodeResult"/>, <see cref="UsernameResult"/>,
/// <see cref="CertificateNumberResult"/>, <see cref="PasswordResult"/>, <see cref="CaptchaResult"/>), so that a front end
/// (FluentValidation, DataAnnotations, the command line, a Blazor form) needs one adapter for every rule.
/// </summary>
/// <remarks>
/// Each result also keeps its own, richer members (the reason as an enum, the facts read from the value). A default
/// instance of a result means "not validated": it is not valid and has no error code.
/// </remarks>
public interface IRuleResult
{
    /// <summary><see langword="true"/> when the value passed every check of its rule.</summary>
    bool IsValid { get; }

    /// <summary>
    /// The stable error code of the reason, <c>Chsi&lt;Rule&gt;.&lt;Reason&gt;</c> (e.g. <c>ChsiIdNumber.ChecksumMismatch</c>);
    /// <see langword="null"/> when valid. Messages, translations and user interfaces key on it.
    /// </summary>
    string? ErrorCode { get; }

    /// <summary>
    /// The UTF-16 index in the input of the character the error is about (what a text box's selection uses), or -1 when
    /// the error is not about one character. Messages show it 1-based and counted in characters (<c>{Position}</c>).
    /// </summary>
    int ErrorPosition { get; }

    /// <summary>
    /// The canonical value (what to store and compare) of a valid input; some rules also give it for a rejected input
    /// whose characters could be folded (their documentation says when). <see langword="null"/> otherwise, and always
    /// for a password, which is never echoed.
    /// </summary>
    string? Normalized { get; }

    /// <summary><see langword="true"/> when folding the typed input to <see cref="Normalized"/> changed something.</summary>
    bool WasNormalized { get; }

    /// <summary>
    /// The values of the placeholders that the message of <see cref="ErrorCode"/> uses, in <paramref name="culture"/>'s
    /// language where a value is a text (type names, suggestions); empty when valid. <c>PropertyName</c> is not among
    /// them: the front end supplies the field's name.
    /// </summary>
    /// <param name="input">The input that was validated (for <c>{Character}</c> and <c>{Position}</c>).</param>
    /// <param name="culture">The culture of the message; <see langword="null"/> means the current UI culture.</param>
    IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, CultureInfo? culture = null);
}
