using System.Globalization;
using FluentValidation;

namespace ChsiValidation.FluentValidation.Tests;

/// <summary>The FluentValidation rules follow <see cref="ValidationMessages.InvariantCultureLanguage"/> in the invariant culture.</summary>
[Collection("Language")]
public class InvariantCultureLanguageTests
{
    public sealed class Form
    {
        public string? Mobile { get; set; }
    }

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator() => RuleFor(x => x.Mobile).ChsiMobileNumber().WithName(_ => ChsiRule.Find("MobileNumber")!.GetFieldName(ChsiLanguage.CurrentCulture));
    }

    [Fact]
    public void An_app_without_culture_data_chooses_Chinese_messages_by_option()
    {
        CultureInfo? previous = ValidatorOptions.Global.LanguageManager.Culture;
        try
        {
            ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.InvariantCulture;
            Assert.Equal("Please enter the mobile number.", new FormValidator().Validate(new Form { Mobile = "" }).Errors.Single().ErrorMessage);

            ValidationMessages.InvariantCultureLanguage = MessageLanguage.SimplifiedChinese;
            Assert.Equal("请输入手机号。", new FormValidator().Validate(new Form { Mobile = "" }).Errors.Single().ErrorMessage);
        }
        finally
        {
            ValidationMessages.InvariantCultureLanguage = MessageLanguage.English;
            ValidatorOptions.Global.LanguageManager.Culture = previous;
        }
    }
}
