using System.Globalization;

namespace ChsiValidation.Tests;

/// <summary>Serialises the tests that change <see cref="ValidationMessages.InvariantCultureLanguage"/> (a process-wide setting).</summary>
[CollectionDefinition("Message language", DisableParallelization = true)]
public sealed class MessageLanguageCollection;

/// <summary>
/// An app with invariant globalization has only the invariant culture (creating zh-CN throws there), so it chooses its
/// messages' language with <see cref="ValidationMessages.InvariantCultureLanguage"/>.
/// </summary>
[Collection("Message language")]
public class InvariantCultureLanguageTests
{
    [Fact]
    public void The_invariant_culture_is_English_by_default_and_Chinese_when_chosen()
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        Assert.Equal(MessageLanguage.English, ValidationMessages.InvariantCultureLanguage);
        Assert.False(ValidationMessages.IsChinese(invariant));
        Assert.Equal("Please enter {PropertyName}.", ValidationMessages.GetTemplate("ChsiMobile.Empty", invariant));
        try
        {
            ValidationMessages.InvariantCultureLanguage = MessageLanguage.SimplifiedChinese;
            Assert.True(ValidationMessages.IsChinese(invariant));
            Assert.Equal("请输入{PropertyName}。", ValidationMessages.GetTemplate("ChsiMobile.Empty", invariant));
            ChsiRule mobile = ChsiRule.Find("MobileNumber")!;
            Assert.Equal("手机号", mobile.GetFieldName(invariant));
            Assert.Equal("请输入手机号。", mobile.GetMessage(mobile.Validate(""), "", invariant));

            // Named cultures keep their own language.
            Assert.False(ValidationMessages.IsChinese(CultureInfo.GetCultureInfo("en-US")));
            Assert.True(ValidationMessages.IsChinese(CultureInfo.GetCultureInfo("zh-TW")));
        }
        finally
        {
            ValidationMessages.InvariantCultureLanguage = MessageLanguage.English;
        }
    }
}
