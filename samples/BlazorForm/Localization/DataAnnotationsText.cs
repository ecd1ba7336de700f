using System.Globalization;
using ChsiValidation;

namespace BlazorForm.Localization;

/// <summary>
/// What <c>[Display]</c> and <c>[Required]</c> need to speak the browser's language on the DataAnnotations route:
/// public static string properties, named by <c>ResourceType</c> and <c>Name</c> / <c>ErrorMessageResourceName</c>.
/// No .resx files: the texts are the app's labels (<see cref="UiText"/>) and the library's own
/// <see cref="ErrorCodes.Required"/> message, read in the current UI culture each time.
/// </summary>
public static class DataAnnotationsText
{
    /// <summary>
    /// The message of <c>[Required]</c>: the library's "请填写{PropertyName}。" / "Please fill in {PropertyName}." with
    /// DataAnnotations' placeholder <c>{0}</c> for the field's display name.
    /// </summary>
    public static string Required =>
        (ValidationMessages.GetTemplate(ErrorCodes.Required, CultureInfo.CurrentUICulture) ?? "{PropertyName}")
            .Replace("{PropertyName}", "{0}", StringComparison.Ordinal);

    public static string MobileNumber => UiText.MobileNumber;
    public static string SmsCode => UiText.SmsCode;
    public static string Password => UiText.Password;
    public static string PasswordConfirmation => UiText.PasswordConfirmation;
    public static string Name => UiText.Name;
    public static string CertificateType => UiText.CertificateType;
    public static string CertificateNumber => UiText.CertificateNumber;
    public static string Email => UiText.Email;
    public static string Username => UiText.Username;
    public static string Captcha => UiText.Captcha;
}
