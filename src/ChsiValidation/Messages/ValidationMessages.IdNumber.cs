namespace ChsiValidation;

public static partial class ValidationMessages
{
    // {Digits} names the field at fault as numbered on the card: the address code is 1–6 (2–3, the office's province, on the
    // 2023 foreign card), the birth date 7–14 (7–12 on a 15-digit first-generation number).
    // The FAQ (item 3): check the number against the second-generation ID rules; to only look up records,
    // register with certificate type "其他"; for the sign-up systems, ask the issuing office.
    private const string OtherTypeZh = "如只需查询学籍学历信息，可将证件类型选择“其他”注册。";
    private const string OtherTypeEn = "If you only need to look up your records, you can register with the certificate type \"Other\" (其他).";

    static partial void AddIdNumberMessages(Dictionary<string, (string Zh, string En)> table)
    {
        table[ErrorCodes.Of(IdNumberError.Empty)] = (
            "请输入{PropertyName}。",
            "Please enter {PropertyName}.");
        table[ErrorCodes.Of(IdNumberError.InvalidLength)] = (
            "{PropertyName}格式有误：证件号码应为18位（最后一位可以是X）。请核对后重新输入。",
            "{PropertyName} has the wrong length: an ID number has 18 characters (the last may be X). Please check it.");
        table[ErrorCodes.Of(IdNumberError.InvalidCharacter)] = (
            "{PropertyName}格式有误：第{Position}个字符“{Character}”不能出现在证件号码中，只能填写数字，最后一位可以是X。",
            "{PropertyName} contains \"{Character}\" at position {Position}: an ID number has only digits, and the last character may be X.");
        table[ErrorCodes.Of(IdNumberError.NotCanonical)] = (
            "{PropertyName}格式有误：请用半角数字填写，不要加空格，最后一位X请大写（第{Position}个字符）。",
            "{PropertyName} must be typed with plain digits, no spaces, and an upper-case X (see position {Position}).");
        table[ErrorCodes.Of(IdNumberError.FirstGenerationNumber)] = (
            "{PropertyName}是15位的第一代身份证号码，已停止使用。请填写18位的第二代身份证号码（对应的18位号码为{Upgraded}，请与身份证核对）。",
            "{PropertyName} is a 15-digit first-generation ID number, which is no longer valid. Please enter your 18-digit number (it should be {Upgraded}; compare it with your card).");
        table[ErrorCodes.Of(IdNumberError.UnknownRegion)] = (
            "{PropertyName}有误：第{Digits}位的地区代码无效。请核对证件号码。" + OtherTypeZh,
            "{PropertyName} is not a valid ID number: digits {Digits} are not a valid region code. Please check the number. " + OtherTypeEn);
        table[ErrorCodes.Of(IdNumberError.InvalidBirthDate)] = (
            "{PropertyName}有误：第{Digits}位的出生日期不存在。请核对证件号码。" + OtherTypeZh,
            "{PropertyName} is not a valid ID number: digits {Digits} are not a real birth date. Please check the number. " + OtherTypeEn);
        table[ErrorCodes.Of(IdNumberError.BirthDateOutOfRange)] = (
            "{PropertyName}有误：出生日期{BirthDate}不在有效范围内。请核对证件号码。" + OtherTypeZh,
            "{PropertyName} is not a valid ID number: the birth date {BirthDate} is out of range. Please check the number. " + OtherTypeEn);
        table[ErrorCodes.Of(IdNumberError.ChecksumMismatch)] = (
            "{PropertyName}不符合第二代居民身份证校验规则：校验位应为{ExpectedCheckCharacter}。请核对证件号码，如号码与身份证一致，请联系身份证签发机关核实。" + OtherTypeZh,
            "{PropertyName} does not pass the second-generation ID check: the last character should be {ExpectedCheckCharacter}. Please check the number; if it matches your card, ask the issuing office to verify it. " + OtherTypeEn);
        table[ErrorCodes.Of(IdNumberError.MisplacedSpace)] = (
            "{PropertyName}格式有误：第{Position}个字符是空格。空格只能加在号码两端或各段之间（如110105 19491231 002X），请删除这个空格。",
            "{PropertyName} has a space inside a group of digits at position {Position}. Spaces may only stand around the number or between its groups (as in 110105 19491231 002X); please remove it.");
    }
}
