using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

public class ContactProperties
{
    [Property(MaxTest = 2000)]
    public bool Email_never_throws_and_its_normalized_form_is_a_fixed_point(string? input)
    {
        EmailResult result = Email.Validate(input);
        if (!result.IsValid)
        {
            return result.Error != EmailError.None && result.Normalized is null;
        }

        EmailResult again = Email.Validate(result.Normalized);
        return again.IsValid && again.Normalized == result.Normalized;
    }

    [Property(MaxTest = 1000)]
    public Property Email_never_throws_on_near_misses() =>
        Prop.ForAll(EmailNearMiss.ToArbitrary(), input =>
        {
            EmailResult strictResult = Email.Validate(input);
            EmailResult lenient = Email.Validate(input, new EmailOptions { AllowUnicodeLocalPart = true, FoldFullWidth = true, TrimWhitespace = true });
            return (strictResult.IsValid || strictResult.Error != EmailError.None) && (!strictResult.IsValid || lenient.IsValid);
        });

    [Property(MaxTest = 1000)]
    public bool Username_and_sms_never_throw(string? input)
    {
        UsernameResult username = Username.Validate(input);
        SmsCodeResult code = SmsCode.Validate(input);
        return username.IsValid == (username.Error == UsernameError.None)
            && code.IsValid == (code.Error == SmsCodeError.None);
    }

    [Property(MaxTest = 500)]
    public Property Valid_mobile_numbers_are_usernames_of_kind_Mobile() =>
        Prop.ForAll(Gen.Choose(0, 99_999_999).ToArbitrary(), n =>
        {
            string number = "139" + n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            UsernameResult result = Username.Validate(number);
            return result.Kind == UsernameKind.Mobile && result.Normalized == number;
        });

    /// <summary>Valid addresses with one character inserted: separators, full-width forms, controls, surrogates.</summary>
    private static Gen<string> EmailNearMiss =>
        from address in Gen.Elements("user@qq.com", "zhang.san+x@mail.tsinghua.edu.cn", "a@例子.中国", "123456@163.com")
        from position in Gen.Choose(0, 11)
        from junk in Gen.Elements('@', '.', '＠', '。', '．', ' ', '\u3000', '\u200B', '\uD800', '\uDC00', '\n', '"', '(', '[', '-', '张', 'Ａ', '\u202E', '\0')
        let at = Math.Min(position, address.Length)
        select address[..at] + junk + address[at..];
}
