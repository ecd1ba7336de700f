using System.Globalization;
using ChsiValidation;

namespace BlazorForm.Localization;

/// <summary>
/// The app's own texts (labels, buttons, headings) in Simplified Chinese and English. The language follows the browser
/// (Blazor WebAssembly sets <see cref="CultureInfo.CurrentUICulture"/> from it); the choice is by culture name only
/// (<see cref="ValidationMessages.IsChinese"/>), like the library's messages, so it works without culture data too.
/// </summary>
public static class UiText
{
    /// <summary><see langword="true"/> when the current UI culture is a Chinese one.</summary>
    public static bool Chinese => ValidationMessages.IsChinese(CultureInfo.CurrentUICulture);

    private static string T(string zh, string en) => Chinese ? zh : en;

    public static string AppTitle => T("学信网账号表单示例", "CHSI account forms");
    public static string Registration => T("注册", "Register");
    public static string FindUsername => T("找回用户名", "Find username");
    public static string ResetPassword => T("找回密码", "Reset password");
    public static string DataAnnotationsRoute => T("DataAnnotations 校验", "DataAnnotations validation");
    public static string FluentValidationRoute => T("FluentValidation 校验", "FluentValidation validation");
    public static string Forms => T("表单", "Forms");
    public static string Submit => T("提交", "Submit");
    public static string Submitted => T("提交成功。", "Submitted.");
    public static string FixErrors => T("请按提示修改后再提交。", "Please correct the fields marked below.");
    public static string SendSmsCode => T("获取短信验证码", "Send SMS code");
    public static string ChooseType => T("请选择", "Please choose");
    public static string Apply(string replacement) => T($"改为“{replacement}”", $"Use \"{replacement}\"");
    public static string MobileNumberRegistered => T("该手机号已注册，请直接登录或找回密码。", "This mobile number is already registered; please log in or reset your password.");
    public static string CaptchaShown => T("图片中的字符", "The characters in the image");

    /// <summary>The remaining validity of an SMS code, from <see cref="SmsCodeValidity.Remaining(DateTimeOffset)"/>.</summary>
    public static string SmsCodeRemaining(TimeSpan remaining)
    {
        int hours = (int)remaining.TotalHours;
        int minutes = remaining.Minutes;
        return remaining <= TimeSpan.Zero
            ? T("短信验证码已过期，请重新获取。", "The SMS code has expired; please request a new one.")
            : T($"短信验证码已发送，{hours}小时{minutes}分钟内有效。", $"SMS code sent; valid for {hours} h {minutes} min.");
    }

    // Field labels: the same words as the ready-made FluentValidation forms use for their messages.
    public static string MobileNumber => T("手机号", "Mobile number");
    public static string SmsCode => T("短信验证码", "SMS code");
    public static string Password => T("密码", "Password");
    public static string PasswordConfirmation => T("确认密码", "Password confirmation");
    public static string Name => T("姓名", "Name");
    public static string CertificateType => T("证件类型", "Certificate type");
    public static string CertificateNumber => T("证件号码", "Certificate number");
    public static string Email => T("邮箱", "Email");
    public static string Username => T("用户名", "Username");
    public static string Captcha => T("图片验证码", "Image code");

    /// <summary>A certificate type as the form lists it.</summary>
    public static string Of(CertificateType type) => Chinese ? type.ChineseName() : type.EnglishName();
}
