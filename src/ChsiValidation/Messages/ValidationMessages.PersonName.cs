using System.Globalization;
using System.Text;

namespace ChsiValidation;

public static partial class ValidationMessages
{
    // The FAQ (item 3): "姓名格式有误": a name has at least two characters; with a rare character, register without it or
    // with a look-alike (形近字), then ask customer service to correct it.
    static partial void AddPersonNameMessages(Dictionary<string, (string Zh, string En)> table)
    {
        table[ErrorCodes.Of(PersonNameError.Empty)] = (
            "请输入{PropertyName}。",
            "Please enter {PropertyName}.");
        table[ErrorCodes.Of(PersonNameError.IllFormed)] = (
            "{PropertyName}格式有误：第{Position}个字符已损坏（{Character}），可能是复制粘贴或浏览器造成的。请删除后重新输入。",
            "{PropertyName} contains a broken character ({Character}) at position {Position}, probably from copying and pasting or the browser. Please delete it and type it again.");
        table[ErrorCodes.Of(PersonNameError.TooShort)] = (
            "{PropertyName}格式有误：姓名长度至少要输入{MinLength}个字符。",
            "{PropertyName} is too short: a name has at least {MinLength} characters.");
        table[ErrorCodes.Of(PersonNameError.TooLong)] = (
            "{PropertyName}格式有误：姓名最多{MaxLength}个字符。",
            "{PropertyName} is too long: a name has at most {MaxLength} characters.");
        table[ErrorCodes.Of(PersonNameError.InvalidCharacter)] = (
            "{PropertyName}格式有误：第{Position}个字符“{Character}”不能出现在姓名中。请按证件上的姓名填写，不要输入数字、符号、空格或表情。",
            "{PropertyName} contains \"{Character}\" at position {Position}, which cannot be part of a name. Please type the name as on your certificate, without digits, symbols, spaces or emoji.");
        table[ErrorCodes.Of(PersonNameError.PrivateUseCharacter)] = (
            "{PropertyName}格式有误：第{Position}个字符（{Character}）是个别系统为生僻字自造的编码，其他系统无法识别。请改用标准汉字{Suggestions}；如仍无法注册，可以先去掉该字或使用形近字代替注册，注册成功后联系客服协助处理。",
            "{PropertyName} contains a private code ({Character}) at position {Position} that some older systems use for a rare character; other systems cannot read it. Please type the standard character{Suggestions} instead; if registration still fails, register without it or with a look-alike character, then contact customer service.");
        table[ErrorCodes.Of(PersonNameError.MisplacedSeparator)] = (
            "{PropertyName}格式有误：第{Position}个字符“{Character}”位置不对。少数民族姓名中的间隔号“·”只能写在两个字之间，不能在开头、结尾或连续出现。",
            "{PropertyName} has \"{Character}\" in the wrong place (position {Position}): the separator dot \"·\" of a name goes between two characters, never first, last or twice in a row.");
        table[ErrorCodes.Of(PersonNameError.MixedScript)] = (
            "{PropertyName}格式有误：汉字姓名中不能夹杂字母（第{Position}个字符“{Character}”）。请按证件上的姓名填写。",
            "{PropertyName} mixes Chinese characters with Latin letters (\"{Character}\" at position {Position}). Please type the name as on your certificate.");
        table[ErrorCodes.Of(PersonNameError.LatinNotAllowed)] = (
            "{PropertyName}格式有误：居民身份证上的姓名为汉字，请用汉字填写。持外国护照等其他证件的，请选择对应的证件类型。",
            "{PropertyName} must be written in Chinese characters, as on a resident ID card. If you hold a foreign passport or another certificate, choose that certificate type.");
        table[ErrorCodes.Of(PersonNameError.RareCharacter)] = (
            "{PropertyName}中的“{Character}”是生僻字，部分系统可能无法支持。如注册时提示姓名格式有误，可以先去掉该字或使用形近字{Suggestions}代替注册（姓名至少两个字，去掉后不足两个字时请用形近字），注册成功后联系客服协助处理。",
            "\"{Character}\" in {PropertyName} is a rare character that some systems may not support. If registration reports a name format error, register without it or with a look-alike character{Suggestions} instead (a name needs at least two characters, so use a look-alike if dropping it would leave one), then contact customer service to correct your name.");
    }

    /// <summary>
    /// The <c>{Suggestions}</c> placeholder of <c>ChsiPersonName.RareCharacter</c>: the look-alikes in the culture's style
    /// (zh: <c>（如“坤”）</c>; en: <c> (for example "坤")</c>), or an empty string when there are none.
    /// </summary>
    public static string FormatSuggestions(IReadOnlyList<string> suggestions, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        bool zh = IsChinese(culture ?? CultureInfo.CurrentUICulture);
        var text = new StringBuilder(zh ? "（如" : " (for example ");
        for (int i = 0; i < suggestions.Count; i++)
        {
            text.Append(zh ? (i == 0 ? "“" : "、“") : (i == 0 ? "\"" : ", \"")).Append(suggestions[i]).Append(zh ? '”' : '"');
        }

        return text.Append(zh ? "）" : ")").ToString();
    }
}
