namespace ChsiValidation.FluentValidation.Forms;

/// <summary>注册: the registration form. Implement it on your own model to use <see cref="RegistrationValidator{T}"/>.</summary>
public interface IRegistrationForm
{
    /// <summary>手机号 (required).</summary>
    string? MobileNumber { get; }

    /// <summary>短信验证码 (required).</summary>
    string? SmsCode { get; }

    /// <summary>When the server sent the SMS code (from the server's own records, never from the client).</summary>
    DateTimeOffset? SmsCodeIssuedAt { get; }

    /// <summary>密码 (required).</summary>
    string? Password { get; }

    /// <summary>确认密码: must equal <see cref="Password"/>.</summary>
    string? PasswordConfirmation { get; }

    /// <summary>姓名 (required).</summary>
    string? Name { get; }

    /// <summary>证件类型 (required).</summary>
    CertificateType? CertificateType { get; }

    /// <summary>证件号码 (required), checked by <see cref="CertificateType"/>.</summary>
    string? CertificateNumber { get; }

    /// <summary>邮箱 (optional).</summary>
    string? Email { get; }
}

/// <summary>找回用户名: certificate number, name and image captcha (CHSI FAQ item 1).</summary>
public interface IRetrieveUsernameForm
{
    /// <summary>证件类型; <see langword="null"/> is read as 居民身份证.</summary>
    CertificateType? CertificateType { get; }

    /// <summary>证件号码 (required).</summary>
    string? CertificateNumber { get; }

    /// <summary>姓名 (required).</summary>
    string? Name { get; }

    /// <summary>图片验证码 (required).</summary>
    string? Captcha { get; }
}

/// <summary>找回密码: the username and image captcha (CHSI FAQ item 1).</summary>
public interface IRetrievePasswordForm
{
    /// <summary>用户名: the mobile number, ID number or email used to register (required).</summary>
    string? Username { get; }

    /// <summary>图片验证码 (required).</summary>
    string? Captcha { get; }
}

/// <summary>修改账号信息: a new mobile number, email or name, each optional, at least one (CHSI FAQ item 5).</summary>
public interface IUpdateAccountForm
{
    /// <summary>新手机号 (optional; then <see cref="SmsCode"/> is required).</summary>
    string? NewMobileNumber { get; }

    /// <summary>The SMS code sent to the new mobile number.</summary>
    string? SmsCode { get; }

    /// <summary>When the server sent that code.</summary>
    DateTimeOffset? SmsCodeIssuedAt { get; }

    /// <summary>新邮箱 (optional).</summary>
    string? NewEmail { get; }

    /// <summary>新姓名 (optional).</summary>
    string? NewName { get; }
}

/// <summary>联系客服: username, a screenshot of the page and a description (CHSI FAQ item 9).</summary>
public interface ISupportRequestForm
{
    /// <summary>用户名 (required).</summary>
    string? Username { get; }

    /// <summary>问题页面截图 (required).</summary>
    Screenshot? Screenshot { get; }

    /// <summary>问题描述 (required).</summary>
    string? Description { get; }
}

/// <summary>An uploaded screenshot as a form sees it: file name, declared content type and size. The bytes stay with the caller.</summary>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="ContentType">The declared MIME type, e.g. image/png.</param>
/// <param name="Length">The size in bytes.</param>
public sealed record Screenshot(string? FileName, string? ContentType, long Length);

/// <summary>A ready-made registration model.</summary>
public sealed class RegistrationForm : IRegistrationForm
{
    /// <inheritdoc />
    public string? MobileNumber { get; set; }

    /// <inheritdoc />
    public string? SmsCode { get; set; }

    /// <inheritdoc />
    /// <remarks>
    /// A server-owned fact: never read from a JSON request body (<see cref="System.Text.Json.Serialization.JsonIgnoreAttribute"/>),
    /// so a client cannot claim a fresh code. Set it from the server's own record of the code it sent.
    /// </remarks>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset? SmsCodeIssuedAt { get; set; }

    /// <inheritdoc />
    public string? Password { get; set; }

    /// <inheritdoc />
    public string? PasswordConfirmation { get; set; }

    /// <inheritdoc />
    public string? Name { get; set; }

    /// <inheritdoc />
    public CertificateType? CertificateType { get; set; }

    /// <inheritdoc />
    public string? CertificateNumber { get; set; }

    /// <inheritdoc />
    public string? Email { get; set; }
}

/// <summary>A ready-made model of the retrieve-username form.</summary>
public sealed class RetrieveUsernameForm : IRetrieveUsernameForm
{
    /// <inheritdoc />
    public CertificateType? CertificateType { get; set; }

    /// <inheritdoc />
    public string? CertificateNumber { get; set; }

    /// <inheritdoc />
    public string? Name { get; set; }

    /// <inheritdoc />
    public string? Captcha { get; set; }
}

/// <summary>A ready-made model of the retrieve-password form.</summary>
public sealed class RetrievePasswordForm : IRetrievePasswordForm
{
    /// <inheritdoc />
    public string? Username { get; set; }

    /// <inheritdoc />
    public string? Captcha { get; set; }
}

/// <summary>A ready-made model of the update-account form.</summary>
public sealed class UpdateAccountForm : IUpdateAccountForm
{
    /// <inheritdoc />
    public string? NewMobileNumber { get; set; }

    /// <inheritdoc />
    public string? SmsCode { get; set; }

    /// <inheritdoc />
    /// <remarks>
    /// A server-owned fact: never read from a JSON request body (<see cref="System.Text.Json.Serialization.JsonIgnoreAttribute"/>),
    /// so a client cannot claim a fresh code. Set it from the server's own record of the code it sent.
    /// </remarks>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset? SmsCodeIssuedAt { get; set; }

    /// <inheritdoc />
    public string? NewEmail { get; set; }

    /// <inheritdoc />
    public string? NewName { get; set; }
}

/// <summary>A ready-made model of the support request form.</summary>
public sealed class SupportRequestForm : ISupportRequestForm
{
    /// <inheritdoc />
    public string? Username { get; set; }

    /// <inheritdoc />
    public Screenshot? Screenshot { get; set; }

    /// <inheritdoc />
    public string? Description { get; set; }
}
