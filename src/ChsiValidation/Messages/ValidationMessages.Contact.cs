namespace ChsiValidation;

public static partial class ValidationMessages
{
    // FAQ item 1: the username is the mobile number, ID number or email used at registration; "找回用户名" recovers it.
    // FAQ item 4: a code received successfully stays valid for 24 hours, also when further sending is limited.
    static partial void AddContactMessages(Dictionary<string, (string Zh, string En)> table)
    {
        AddMobileMessages(table);
        AddEmailMessages(table);
        AddSmsCodeMessages(table);
        AddUsernameMessages(table);
    }

    private static void AddMobileMessages(Dictionary<string, (string Zh, string En)> table)
    {
        table[ErrorCodes.Of(MobileNumberError.Empty)] = (
            "请输入{PropertyName}。",
            "Please enter {PropertyName}.");
        table[ErrorCodes.Of(MobileNumberError.InvalidCharacter)] = (
            "{PropertyName}格式有误：第{Position}个字符“{Character}”不能出现在手机号中。请只填写11位数字（注意数字0不是字母O）。",
            "{PropertyName} contains \"{Character}\" at position {Position}: a mobile number has only 11 digits (mind the digit 0 and the letter O).");
        table[ErrorCodes.Of(MobileNumberError.InvalidLength)] = (
            "{PropertyName}格式有误：中国大陆手机号为11位数字，请核对后重新输入。",
            "{PropertyName} has the wrong length: a mainland China mobile number has 11 digits. Please check it.");
        table[ErrorCodes.Of(MobileNumberError.LeadingZero)] = (
            "{PropertyName}格式有误：手机号前面不用加0，请去掉开头的0，填写11位手机号。",
            "{PropertyName} starts with 0: mobile numbers are written without it. Please remove the leading 0 and enter the 11 digits.");
        table[ErrorCodes.Of(MobileNumberError.ForeignCountryCode)] = (
            "{PropertyName}须为中国大陆手机号（国家代码+86）。",
            "{PropertyName} must be a mainland China mobile number (country code +86).");
        table[ErrorCodes.Of(MobileNumberError.NotMobile)] = (
            "{PropertyName}不是有效的中国大陆手机号码（号段不存在或是固定电话），请核对。",
            "{PropertyName} is not a mainland China mobile number (no such mobile range, or a landline). Please check it.");
        table[ErrorCodes.Of(MobileNumberError.KindNotAccepted)] = (
            "{PropertyName}是{Kind}号码，此处不能使用，请换用其他手机号码。",
            "{PropertyName} is a {Kind} number, which cannot be used here. Please use another mobile number.");
    }

    private static void AddEmailMessages(Dictionary<string, (string Zh, string En)> table)
    {
        const string ExampleZh = "如 name@qq.com";
        const string ExampleEn = "e.g. name@qq.com";
        table[ErrorCodes.Of(EmailError.Empty)] = (
            "请输入{PropertyName}。",
            "Please enter {PropertyName}.");
        table[ErrorCodes.Of(EmailError.TooLong)] = (
            "{PropertyName}过长：邮箱地址不能超过254个字符，域名不能超过253个字符。",
            "{PropertyName} is too long: an email address has at most 254 characters, its domain at most 253.");
        table[ErrorCodes.Of(EmailError.WhitespaceOrControl)] = (
            "{PropertyName}的第{Position}个字符“{Character}”是空格、换行或不可见字符，请删除。",
            "{PropertyName} has a space, line break or invisible character (\"{Character}\") at position {Position}. Please remove it.");
        table[ErrorCodes.Of(EmailError.FullWidthCharacter)] = (
            "{PropertyName}的第{Position}个字符“{Character}”是全角字符。请切换到半角（英文）输入法，改为“{Replacement}”。",
            "{PropertyName} has the full-width character \"{Character}\" at position {Position}. Switch your keyboard to half-width (English) input and type \"{Replacement}\" instead.");
        table[ErrorCodes.Of(EmailError.MissingAt)] = (
            "{PropertyName}缺少“@”，请填写完整的邮箱地址（" + ExampleZh + "）。",
            "{PropertyName} has no \"@\". Please enter the whole address (" + ExampleEn + ").");
        table[ErrorCodes.Of(EmailError.MultipleAt)] = (
            "{PropertyName}只能有一个“@”，第{Position}个字符是多余的。",
            "{PropertyName} may contain only one \"@\"; the one at position {Position} is extra.");
        table[ErrorCodes.Of(EmailError.LocalPartEmpty)] = (
            "{PropertyName}的“@”前面缺少内容（" + ExampleZh + "）。",
            "{PropertyName} has nothing before the \"@\" (" + ExampleEn + ").");
        table[ErrorCodes.Of(EmailError.LocalPartTooLong)] = (
            "{PropertyName}的“@”前面部分不能超过64个字符。",
            "The part of {PropertyName} before the \"@\" may have at most 64 characters.");
        table[ErrorCodes.Of(EmailError.LocalPartInvalid)] = (
            "{PropertyName}的“@”前面部分不能有第{Position}个字符“{Character}”：只能使用英文字母、数字和 . _ - + 等符号，且“.”不能在开头、结尾或连续出现。",
            "The part of {PropertyName} before the \"@\" cannot have \"{Character}\" at position {Position}: use letters, digits and symbols such as . _ - +, with no \".\" first, last or twice in a row.");
        table[ErrorCodes.Of(EmailError.NonAsciiLocalPart)] = (
            "{PropertyName}的“@”前面部分含有中文或其他非英文字符“{Character}”，很多邮件系统无法投递。请使用只含英文字母、数字和符号的邮箱地址。",
            "The part of {PropertyName} before the \"@\" has the non-English character \"{Character}\", which many mail systems cannot deliver to. Please use an address made of English letters, digits and symbols.");
        table[ErrorCodes.Of(EmailError.DomainEmpty)] = (
            "{PropertyName}的“@”后面缺少域名（" + ExampleZh + "）。",
            "{PropertyName} has no domain after the \"@\" (" + ExampleEn + ").");
        table[ErrorCodes.Of(EmailError.DomainInvalid)] = (
            "{PropertyName}的域名（“@”后面的部分）有误：只能包含字母、数字、“-”和“.”，每段不能以“-”开头或结尾，“.”不能在开头、结尾或连续出现。",
            "The domain of {PropertyName} (after the \"@\") is not valid: use letters, digits, \"-\" and \".\" only, no label starting or ending with \"-\", no \".\" first, last or twice in a row.");
        table[ErrorCodes.Of(EmailError.LabelTooLong)] = (
            "{PropertyName}的域名中每一段不能超过63个字符。",
            "Each part of the domain of {PropertyName} may have at most 63 characters.");
        table[ErrorCodes.Of(EmailError.SingleLabelDomain)] = (
            "{PropertyName}的域名不完整，请填写完整的域名（如 qq.com、163.com）。",
            "The domain of {PropertyName} is incomplete. Please enter the full domain (e.g. qq.com, 163.com).");
        table[ErrorCodes.Of(EmailError.TopLevelDomainInvalid)] = (
            "{PropertyName}的域名结尾有误（应为 .com、.cn 等），请核对。",
            "The domain of {PropertyName} does not end in a real top-level domain (such as .com or .cn). Please check it.");
        table[ErrorCodes.EmailSuggestion] = (
            "请确认{PropertyName}：您是否想填写 {Suggestion}？",
            "Please check {PropertyName}: did you mean {Suggestion}?");
    }

    private static void AddSmsCodeMessages(Dictionary<string, (string Zh, string En)> table)
    {
        table[ErrorCodes.Of(SmsCodeError.Empty)] = (
            "请输入{PropertyName}。",
            "Please enter {PropertyName}.");
        table[ErrorCodes.Of(SmsCodeError.InvalidCharacter)] = (
            "{PropertyName}只能填写数字，第{Position}个字符“{Character}”有误。",
            "{PropertyName} may contain only digits; \"{Character}\" at position {Position} is not a digit.");
        table[ErrorCodes.Of(SmsCodeError.InvalidLength)] = (
            "{PropertyName}应为{ExpectedLength}位数字。",
            "{PropertyName} has {ExpectedLength} digits.");
        table[ErrorCodes.Of(SmsCodeError.NotRequested)] = (
            "请先获取{PropertyName}。",
            "Please request {PropertyName} first.");
        table[ErrorCodes.Of(SmsCodeError.Expired)] = (
            "{PropertyName}已超过{LifetimeHours}小时有效期，请重新获取。",
            "{PropertyName} has expired (it is valid for {LifetimeHours} hours). Please request a new one.");
        table[ErrorCodes.Of(SmsCodeError.IssuedInFuture)] = (
            "{PropertyName}的发送时间有误，请重新获取。",
            "The sending time of {PropertyName} is wrong. Please request a new one.");
    }

    private static void AddUsernameMessages(Dictionary<string, (string Zh, string En)> table)
    {
        table[ErrorCodes.Of(UsernameError.Empty)] = (
            "请输入{PropertyName}。",
            "Please enter {PropertyName}.");
        table[ErrorCodes.Of(UsernameError.NotRecognized)] = (
            "{PropertyName}就是注册学信网账号时用的手机号、身份证号或者邮箱，请按其中一种填写。如不记得，可使用“找回用户名”。",
            "{PropertyName} is the mobile number, ID number or email address you registered with. If you do not remember it, use \"Find username\" (找回用户名).");
        table[ErrorCodes.Of(UsernameError.InvalidMobileNumber)] = (
            "{PropertyName}看起来是手机号，但有误：{Detail}",
            "{PropertyName} looks like a mobile number but is not valid: {Detail}");
        table[ErrorCodes.Of(UsernameError.InvalidIdNumber)] = (
            "{PropertyName}看起来是证件号码，但有误：{Detail}",
            "{PropertyName} looks like an ID number but is not valid: {Detail}");
        table[ErrorCodes.Of(UsernameError.InvalidEmail)] = (
            "{PropertyName}看起来是邮箱，但有误：{Detail}",
            "{PropertyName} looks like an email address but is not valid: {Detail}");
    }
}
