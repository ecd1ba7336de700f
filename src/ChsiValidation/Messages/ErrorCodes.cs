namespace ChsiValidation;

/// <summary>
/// The stable error codes of every rule: <c>Chsi&lt;Domain&gt;.&lt;Reason&gt;</c>, e.g. <c>ChsiIdNumber.ChecksumMismatch</c>.
/// FluentValidation failures carry them as <c>ErrorCode</c>; translations and UIs key on them.
/// </summary>
public static partial class ErrorCodes
{
    /// <summary>The prefix of ID number codes.</summary>
    public const string IdNumberPrefix = "ChsiIdNumber.";

    private static readonly string[] IdNumberCodes = Codes<IdNumberError>(IdNumberPrefix);

    /// <summary>The error code of an ID number failure, e.g. <c>ChsiIdNumber.ChecksumMismatch</c>.</summary>
    public static string Of(IdNumberError error) => IdNumberCodes[(int)error];

    /// <summary>
    /// Every reason code of every rule (each reason enum's values but <c>None</c>), in rule order: the one list that
    /// message tables, documentation and tests derive from.
    /// </summary>
    public static IReadOnlyList<string> Reasons => reasons ??=
    [
        .. IdNumberCodes[1..], .. PersonNameCodes[1..], .. MobileCodes[1..], .. EmailCodes[1..], .. SmsCodeCodes[1..],
        .. UsernameCodes[1..], .. CertificateCodes[1..], .. PasswordCodes[1..], .. CaptchaCodes[1..], .. SupportRequestCodes[1..],
    ];

    private static string[]? reasons;

    /// <summary>One code per value of a reason enum whose values run 0, 1, 2, ... (the reason enums of this library).</summary>
    private static string[] Codes<TEnum>(string prefix)
        where TEnum : struct, Enum
    {
        TEnum[] values = Enum.GetValues<TEnum>();
        var codes = new string[values.Length];
        foreach (TEnum value in values)
        {
            codes[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = prefix + value.ToString();
        }

        return codes;
    }
}
