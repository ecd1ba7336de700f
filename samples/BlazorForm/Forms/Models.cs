using System.ComponentModel.DataAnnotations;
using BlazorForm.Localization;
using BlazorForm.Validation;
using ChsiValidation;
using ChsiValidation.DataAnnotations;
using ChsiValidation.FluentValidation.Forms;

namespace BlazorForm.Forms;

// One model per form serves both routes: the DataAnnotations route reads its attributes, the FluentValidation route
// ignores them and runs the ready-made validators (they take any model implementing the form's interface).
//
// Text fields start as "" rather than null: the library's attributes let null pass (the DataAnnotations convention) and
// report "" with their own precise "please enter" text, so no [Required] is needed on them. [Display] names every field
// in the browser's language (DataAnnotationsText), so messages never start with a C# member name.

/// <summary>
/// The fields of a form that identifies a person by certificate (注册, 找回用户名): the certificate type, and the number
/// and name whose rules follow the chosen type (<see cref="CertificateNumberForTypeAttribute"/>,
/// <see cref="PersonNameForCertificateAttribute"/> read it from the model).
/// </summary>
public abstract class CertificateHolderModel
{
    /// <summary>The chosen type; <see langword="null"/> when none is chosen.</summary>
    [Display(Name = nameof(DataAnnotationsText.CertificateType), ResourceType = typeof(DataAnnotationsText))]
    [Required(ErrorMessageResourceType = typeof(DataAnnotationsText), ErrorMessageResourceName = nameof(DataAnnotationsText.Required))]
    public CertificateType? CertificateType { get; set; } = ChsiValidation.CertificateType.ResidentIdCard;

    [Display(Name = nameof(DataAnnotationsText.CertificateNumber), ResourceType = typeof(DataAnnotationsText))]
    [CertificateNumberForType]
    public string? CertificateNumber { get; set; } = "";

    [Display(Name = nameof(DataAnnotationsText.Name), ResourceType = typeof(DataAnnotationsText))]
    [PersonNameForCertificate]
    public string? Name { get; set; } = "";
}

/// <summary>注册.</summary>
public sealed class RegistrationModel : CertificateHolderModel, IRegistrationForm
{
    private string? _email;

    [Display(Name = nameof(DataAnnotationsText.MobileNumber), ResourceType = typeof(DataAnnotationsText))]
    [ChsiMobileNumber]
    public string? MobileNumber { get; set; } = "";

    [Display(Name = nameof(DataAnnotationsText.SmsCode), ResourceType = typeof(DataAnnotationsText))]
    [ChsiSmsCode]
    [SmsCodeNotExpired]
    public string? SmsCode { get; set; } = "";

    /// <summary>When the code was sent. In a real app this stays on the server; here the "send" button stands in for it.</summary>
    public DateTimeOffset? SmsCodeIssuedAt { get; set; }

    [Display(Name = nameof(DataAnnotationsText.Password), ResourceType = typeof(DataAnnotationsText))]
    [ChsiPassword]
    public string? Password { get; set; } = "";

    [Display(Name = nameof(DataAnnotationsText.PasswordConfirmation), ResourceType = typeof(DataAnnotationsText))]
    [PasswordConfirmation]
    public string? PasswordConfirmation { get; set; } = "";

    /// <summary>Optional: an emptied field is "no email" (null), which the attribute lets pass.</summary>
    [Display(Name = nameof(DataAnnotationsText.Email), ResourceType = typeof(DataAnnotationsText))]
    [ChsiEmail]
    public string? Email
    {
        get => _email;
        set => _email = string.IsNullOrWhiteSpace(value) ? null : value;
    }
}

/// <summary>找回用户名.</summary>
public sealed class FindUsernameModel : CertificateHolderModel, IRetrieveUsernameForm
{
    [Display(Name = nameof(DataAnnotationsText.Captcha), ResourceType = typeof(DataAnnotationsText))]
    [ChsiCaptcha]
    public string? Captcha { get; set; } = "";
}

/// <summary>找回密码.</summary>
public sealed class ResetPasswordModel : IRetrievePasswordForm
{
    [Display(Name = nameof(DataAnnotationsText.Username), ResourceType = typeof(DataAnnotationsText))]
    [ChsiUsername]
    public string? Username { get; set; } = "";

    [Display(Name = nameof(DataAnnotationsText.Captcha), ResourceType = typeof(DataAnnotationsText))]
    [ChsiCaptcha]
    public string? Captcha { get; set; } = "";
}
