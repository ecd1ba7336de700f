namespace ChsiValidation;

public static partial class ValidationMessages
{
    static partial void AddCertificateMessages(Dictionary<string, (string Zh, string En)> table)
    {
        table[ErrorCodes.Of(CertificateNumberError.Empty)] = (
            "请输入{PropertyName}。",
            "Please enter {PropertyName}.");
        table[ErrorCodes.Of(CertificateNumberError.UnknownType)] = (
            "请选择证件类型。",
            "Please choose a certificate type.");
        // The summary for plain callers; the FluentValidation rule reports the ID rule's own reason (result.IdNumber) instead.
        table[ErrorCodes.Of(CertificateNumberError.IdNumberRejected)] = (
            "{PropertyName}不是有效的身份证件号码，请核对证件号码。" + OtherTypeZh,
            "{PropertyName} is not a valid ID number. Please check the number. " + OtherTypeEn);
        table[ErrorCodes.Of(CertificateNumberError.TypeMismatch)] = (
            "{PropertyName}是{SuggestedType}号码，与所选证件类型“{CertificateType}”不符。请将证件类型改为“{SuggestedType}”。",
            "{PropertyName} is a number of the type \"{SuggestedType}\", not of the chosen type \"{CertificateType}\". Please choose \"{SuggestedType}\" as the certificate type.");
        table[ErrorCodes.Of(CertificateNumberError.InvalidCharacter)] = (
            "{PropertyName}格式有误：第{Position}个字符“{Character}”不能出现在{CertificateType}号码中。",
            "{PropertyName} contains \"{Character}\" at position {Position}, which cannot appear in numbers of the type \"{CertificateType}\".");
        table[ErrorCodes.Of(CertificateNumberError.InvalidFormat)] = (
            "{PropertyName}格式有误：不符合{CertificateType}号码的格式（{Format}）。请核对证件号码和证件类型。",
            "{PropertyName} does not have the layout of the type \"{CertificateType}\" ({Format}). Please check the number and the certificate type.");
        table[ErrorCodes.Of(CertificateNumberError.TooLong)] = (
            "{PropertyName}不能超过{MaxLength}个字符。",
            "{PropertyName} must not be longer than {MaxLength} characters.");
    }

    static partial void AddFormMessages(Dictionary<string, (string Zh, string En)> table)
    {
        table[ErrorCodes.Of(PasswordError.Empty)] = (
            "请设置{PropertyName}。",
            "Please choose {PropertyName}.");
        table[ErrorCodes.Of(PasswordError.TooShort)] = (
            "{PropertyName}至少需要{MinLength}个字符，当前为{Length}个。",
            "{PropertyName} needs at least {MinLength} characters; it has {Length}.");
        table[ErrorCodes.Of(PasswordError.TooLong)] = (
            "{PropertyName}不能超过{MaxLength}个字符。",
            "{PropertyName} must not be longer than {MaxLength} characters.");
        table[ErrorCodes.Of(PasswordError.InvalidCharacter)] = (
            "{PropertyName}的第{Position}个字符是不可见的控制字符，请删除后重新输入。",
            "{PropertyName} has an invisible control character at position {Position}; please remove it.");
        table[ErrorCodes.Of(PasswordError.TooFewCharacterClasses)] = (
            "{PropertyName}过于简单：请至少组合{MinCharacterClasses}类字符（小写字母、大写字母、数字、符号）。",
            "{PropertyName} is too simple: combine at least {MinCharacterClasses} kinds of characters (lower-case, upper-case, digits, symbols).");
        table[ErrorCodes.Of(PasswordError.SameAsAccountDetail)] = (
            "{PropertyName}不能与手机号、证件号码、邮箱或用户名相同。",
            "{PropertyName} must not be the same as your mobile number, ID number, email or username.");
        table[ErrorCodes.Of(CaptchaError.Empty)] = (
            "请输入图片验证码。",
            "Please enter the characters shown in the image.");
        table[ErrorCodes.Of(CaptchaError.InvalidCharacter)] = (
            "图片验证码只包含字母和数字，第{Position}个字符“{Character}”有误。",
            "The image code has only letters and digits; \"{Character}\" at position {Position} is not one.");
        table[ErrorCodes.Of(CaptchaError.InvalidLength)] = (
            "图片验证码应为{MinLength}–{MaxLength}个字符，请按图片重新输入。",
            "The image code has {MinLength}–{MaxLength} characters; please type it again as shown.");
        table[ErrorCodes.Of(PasswordError.ConfirmationMismatch)] = (
            "两次输入的密码不一致，请重新输入。",
            "The two passwords differ; please type them again.");
        table[ErrorCodes.NothingToUpdate] = (
            "请至少填写一项要修改的信息（手机号、邮箱或姓名）。",
            "Please fill in at least one detail to change (mobile number, email or name).");
        table[ErrorCodes.Required] = (
            "请填写{PropertyName}。",
            "Please fill in {PropertyName}.");
        table[ErrorCodes.TextTooLong] = (
            "{PropertyName}不能超过{MaxLength}个字符。",
            "{PropertyName} must not be longer than {MaxLength} characters.");
        table[ErrorCodes.TextInvalidCharacter] = (
            "{PropertyName}的第{Position}个字符是控制字符或无法显示的字符，请删除后重新输入。",
            "{PropertyName} has a control character or a character that cannot be shown at position {Position}; please remove it.");
        table[ErrorCodes.ScreenshotNotAnImage] = (
            "请上传问题页面的截图（PNG、JPG、GIF、BMP或WebP图片）。",
            "Please attach a screenshot of the page with the problem (a PNG, JPG, GIF, BMP or WebP image).");
        table[ErrorCodes.ScreenshotTooLarge] = (
            "截图不能超过{MaxSizeMegabytes} MB，请压缩后重新上传。",
            "The screenshot must not be larger than {MaxSizeMegabytes} MB; please make it smaller and attach it again.");
    }
}
