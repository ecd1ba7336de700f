namespace ChsiValidation.Tests;

/// <summary>The support request's parts (CHSI FAQ item 9): a description and a screenshot.</summary>
public class SupportRequestTests
{
    [Theory]
    [InlineData(null, SupportRequestError.Empty)]
    [InlineData("", SupportRequestError.Empty)]
    [InlineData(" \u3000\t", SupportRequestError.Empty)]
    [InlineData("登录后页面空白", SupportRequestError.None)]
    public void Descriptions(string? text, SupportRequestError error)
    {
        SupportRequestResult result = SupportRequest.ValidateDescription(text);
        Assert.Equal(error, result.Error);
        Assert.Equal(error == SupportRequestError.None, result.IsValid);
        Assert.Equal(error == SupportRequestError.None ? text : null, result.Normalized);
        Assert.Equal(-1, result.ErrorPosition);
    }

    [Theory]
    [InlineData("第一行\r\n第二行\t完", -1)] // line breaks and tabs are text
    [InlineData("emoji 👨‍👩‍👧 and 𠮷", -1)] // a surrogate pair and a zero-width joiner are text
    [InlineData("无法\u0000登录", 2)]
    [InlineData("无法\u001B[31m登录", 2)]
    [InlineData("abc\u0085", 3)] // C1 control (NEXT LINE)
    [InlineData("退款\u202Egnp.exe", 2)] // right-to-left override
    [InlineData("a\u2066b", 1)] // left-to-right isolate
    public void Descriptions_refuse_characters_that_cannot_be_stored_or_shown_as_typed(string text, int position)
    {
        SupportRequestResult result = SupportRequest.ValidateDescription(text);
        Assert.Equal(position < 0, result.IsValid);
        Assert.Equal(position, result.ErrorPosition);
        if (position >= 0)
        {
            Assert.Equal(SupportRequestError.InvalidCharacter, result.Error);
            Assert.Equal("ChsiForm.TextInvalidCharacter", result.ErrorCode);
            Assert.Null(result.Normalized);
            Assert.Equal([("Position", (object?)MessageArguments.CharacterPosition(text, position))], result.GetMessageArguments(text));
        }
    }

    [Fact]
    public void Descriptions_refuse_half_of_a_surrogate_pair()
    {
        // Not as [InlineData]: the test runner's serialisation would replace a lone surrogate with U+FFFD.
        (string Text, int Position)[] cases = [("\uD800abc", 0), ("𠮷\uDC00", 2), ("abc\uD83D", 3), ("a\uDC00\uD800b", 1)];
        foreach ((string text, int position) in cases)
        {
            SupportRequestResult result = SupportRequest.ValidateDescription(text);
            Assert.Equal(SupportRequestError.InvalidCharacter, result.Error);
            Assert.Equal(position, result.ErrorPosition);
        }
    }

    [Fact]
    public void Description_length_is_counted_in_characters()
    {
        var options = new SupportRequestOptions { DescriptionMaxLength = 3 };
        Assert.True(SupportRequest.ValidateDescription("𠮷𠮷𠮷", options).IsValid); // 6 UTF-16 units, 3 characters
        SupportRequestResult tooLong = SupportRequest.ValidateDescription("𠮷𠮷𠮷a", options);
        Assert.Equal(SupportRequestError.TooLong, tooLong.Error);
        Assert.Equal("ChsiForm.TextTooLong", tooLong.ErrorCode);
        Assert.Equal([("MaxLength", (object?)3)], tooLong.GetMessageArguments("𠮷𠮷𠮷a"));
        Assert.Equal(SupportRequestError.TooLong, SupportRequest.ValidateDescription(new string('a', 1_000_000)).Error);
    }

    [Theory]
    [InlineData("a.png", null, 100, SupportRequestError.None)]
    [InlineData("a.PNG", null, 100, SupportRequestError.None)]
    [InlineData(null, "image/webp", 100, SupportRequestError.None)]
    [InlineData("a.txt", "text/plain", 100, SupportRequestError.NotAnImage)]
    [InlineData("a.png", "image/png", 0, SupportRequestError.NotAnImage)]
    [InlineData("a.png", "image/png", 5 * 1024 * 1024, SupportRequestError.None)]
    [InlineData("a.png", "image/png", (5 * 1024 * 1024) + 1, SupportRequestError.TooLarge)]
    public void Screenshots(string? name, string? type, long length, SupportRequestError error)
    {
        SupportRequestResult result = SupportRequest.ValidateScreenshot(name, type, length);
        Assert.Equal(error, result.Error);
        Assert.Equal(error == SupportRequestError.None, result.IsValid);
        Assert.Null(result.Normalized);
    }

    [Fact]
    public void A_large_screenshot_names_the_limit_in_megabytes()
    {
        SupportRequestResult result = SupportRequest.ValidateScreenshot("a.png", null, long.MaxValue);
        Assert.Equal("ChsiForm.ScreenshotTooLarge", result.ErrorCode);
        Assert.Equal([("MaxSizeMegabytes", (object?)5.0)], result.GetMessageArguments(null));
    }

    [Fact]
    public void Options_are_checked_when_created_and_a_default_result_is_not_valid()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SupportRequestOptions { DescriptionMaxLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SupportRequestOptions { DescriptionMaxLength = 100_001 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SupportRequestOptions { ScreenshotMaxBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SupportRequestOptions { ScreenshotMaxBytes = (1L << 30) + 1 });
        Assert.False(default(SupportRequestResult).IsValid);
        Assert.Null(default(SupportRequestResult).ErrorCode);
    }

    [Fact]
    public void Description_length_between_the_limit_and_twice_the_limit_is_counted_in_characters()
    {
        var options = new SupportRequestOptions { DescriptionMaxLength = 3 };
        SupportRequestResult ascii = SupportRequest.ValidateDescription("abcd", options); // 4 units, 4 characters: not the early rejection
        Assert.Equal(SupportRequestError.TooLong, ascii.Error);
        Assert.False(ascii.WasNormalized);
        Assert.True(SupportRequest.ValidateDescription("abc", options).IsValid);
        Assert.True(SupportRequest.ValidateDescription("𠮷𠮷a", options).IsValid); // 5 units, 3 characters
        Assert.Equal(SupportRequestError.TooLong, SupportRequest.ValidateDescription("𠮷𠮷ab", options).Error); // 6 units, 4 characters
        Assert.False(SupportRequest.ValidateDescription("abc", options).WasNormalized);
    }

    [Theory]
    [InlineData('\u202A', false)]
    [InlineData('\u202E', false)]
    [InlineData('\u2066', false)]
    [InlineData('\u2069', false)]
    [InlineData('\u2029', true)] // paragraph separator: text
    [InlineData('\u202F', true)] // narrow no-break space
    [InlineData('\u2065', true)] // unassigned, not an isolate
    [InlineData('\u206A', true)] // deprecated format character, not an isolate
    public void The_bidirectional_controls_refused_are_exactly_the_embeddings_overrides_and_isolates(char c, bool valid)
    {
        SupportRequestResult result = SupportRequest.ValidateDescription("ab" + c + "cd");
        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? -1 : 2, result.ErrorPosition);
    }

    [Theory]
    [InlineData("shot.png")]
    [InlineData("shot.jpg")]
    [InlineData("shot.JPEG")]
    [InlineData("shot.gif")]
    [InlineData("shot.bmp")]
    [InlineData("shot.webp")]
    public void Every_image_file_name_passes_without_a_content_type(string name) =>
        Assert.True(SupportRequest.ValidateScreenshot(name, null, 100).IsValid);

    [Fact]
    public void Screenshot_bounds_are_five_megabytes_by_default_and_one_gibibyte_at_most()
    {
        Assert.Equal(5L * 1024 * 1024, SupportRequestOptions.Default.ScreenshotMaxBytes);
        Assert.Equal(1L << 30, new SupportRequestOptions { ScreenshotMaxBytes = 1L << 30 }.ScreenshotMaxBytes);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SupportRequestOptions { ScreenshotMaxBytes = (1L << 30) + 1 });
        var small = new SupportRequestOptions { ScreenshotMaxBytes = 100 };
        Assert.Equal(SupportRequestError.TooLarge, SupportRequest.ValidateScreenshot("a.png", null, 101, small).Error);
        Assert.True(SupportRequest.ValidateScreenshot("a.png", null, 100, small).IsValid);
        Assert.True(SupportRequest.ValidateScreenshot(null, "image/png", 100, small).IsValid);
    }
}
