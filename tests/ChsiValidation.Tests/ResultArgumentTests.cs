using System.Globalization;

namespace ChsiValidation.Tests;

/// <summary>
/// What the ID number and name results give a message: no code when valid, the characters of the input that was
/// checked, the options it was checked with, and texts in the culture asked for (not the current one).
/// </summary>
public class ResultArgumentTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static object? Argument(IReadOnlyList<(string Name, object? Value)> arguments, string name) =>
        Assert.Single(arguments, argument => argument.Name == name).Value;

    [Fact]
    public void A_valid_result_has_no_error_code()
    {
        Assert.Null(IdNumber.Validate("11010519491231002X").ErrorCode);
        Assert.Null(PersonName.Validate("张三").ErrorCode);
        Assert.Empty(IdNumber.Validate("11010519491231002X").GetMessageArguments("11010519491231002X"));
        Assert.Empty(PersonName.Validate("张三").GetMessageArguments("张三"));
    }

    [Fact]
    public void The_character_at_fault_is_read_from_the_input()
    {
        const string id = "1101051949123#002X";
        IdNumberResult idResult = IdNumber.Validate(id);
        Assert.Equal(IdNumberError.InvalidCharacter, idResult.Error);
        Assert.Equal("#", Argument(idResult.GetMessageArguments(id), "Character"));
        Assert.Equal(14, Argument(idResult.GetMessageArguments(id), "Position"));

        const string mobile = "138001380O0";
        MobileNumberResult mobileResult = MobileNumber.Validate(mobile);
        Assert.Equal(MobileNumberError.InvalidCharacter, mobileResult.Error);
        Assert.Equal("O", Argument(mobileResult.GetMessageArguments(mobile), "Character"));
        Assert.Equal(10, Argument(mobileResult.GetMessageArguments(mobile), "Position"));

        const string name = "张#三";
        PersonNameResult nameResult = PersonName.Validate(name);
        Assert.Equal(PersonNameError.InvalidCharacter, nameResult.Error);
        Assert.Equal("#", Argument(nameResult.GetMessageArguments(name), "Character"));
    }

    [Fact]
    public void The_limits_are_those_of_the_options_the_name_was_checked_with()
    {
        var options = new PersonNameOptions { MaxLength = 3 };
        PersonNameResult result = PersonName.Validate("欧阳娜娜", options);
        Assert.Equal(PersonNameError.TooLong, result.Error);
        Assert.Equal(3, Argument(result.GetMessageArguments("欧阳娜娜"), "MaxLength"));
    }

    [Fact]
    public void A_rare_character_is_described_in_the_culture_asked_for()
    {
        CultureInfo previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = English;
            var options = new PersonNameOptions { RareCharacterIsError = true };
            PersonNameResult result = PersonName.Validate("王㒰", options);
            Assert.Equal(PersonNameError.RareCharacter, result.Error);
            object? zhText = Argument(result.GetMessageArguments("王㒰", Chinese), "Suggestions");
            object? enText = Argument(result.GetMessageArguments("王㒰", English), "Suggestions");
            Assert.NotEqual(enText, zhText);
            Assert.Equal(enText, Argument(result.GetMessageArguments("王㒰"), "Suggestions"));
            Assert.Equal(zhText, Argument(result.RareCharacters[0].GetMessageArguments(Chinese), "Suggestions"));
            Assert.Equal(enText, Argument(result.RareCharacters[0].GetMessageArguments(), "Suggestions"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
