using ChsiValidation;
using ChsiValidation.FluentValidation.Forms;

namespace RegistrationApi;

/// <summary>
/// The body of POST /registrations. It has no SMS issue time on purpose: when the code was sent is the server's fact,
/// looked up in <see cref="ISmsCodeStore"/>; a client that sends one is ignored.
/// </summary>
public sealed record RegistrationRequest(
    string? MobileNumber,
    string? SmsCode,
    string? Password,
    string? PasswordConfirmation,
    string? Name,
    CertificateType? CertificateType,
    string? CertificateNumber,
    string? Email)
{
    /// <summary>The form the validator checks, with the issue time from the server's records.</summary>
    public RegistrationForm ToForm(ISmsCodeStore store) => new()
    {
        MobileNumber = MobileNumber,
        SmsCode = SmsCode,
        SmsCodeIssuedAt = store.GetIssuedAt(MobileNumber),
        Password = Password,
        PasswordConfirmation = PasswordConfirmation,
        Name = Name,
        CertificateType = CertificateType,
        CertificateNumber = CertificateNumber,
        Email = Email,
    };
}
