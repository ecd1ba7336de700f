using Microsoft.Playwright;

namespace ChsiValidation.Browser.Tests;

/// <summary>
/// The zh-CN registration form with a rejected ID number and the rare-character advice, as a PNG: into CHSI_SCREENSHOT
/// when set (samples/BlazorForm/screenshot.sh writes docs/images/blazor-form-zh.png), else a temporary file.
/// </summary>
[Collection("Browser")]
public sealed class Screenshot(BrowserFixture browser)
{
    [Fact]
    public async Task The_zh_CN_form_with_a_rejected_ID_number_and_a_rare_character()
    {
        IPage page = await browser.OpenAsync("zh-CN", "/fv/register");
        await page.FillAsync("#mobile", "13800138000");
        await page.ClickAsync("#send-sms");
        await page.FillAsync("#sms", "123456");
        await page.FillAsync("#password", "Chsi2026pass");
        await page.FillAsync("#password-confirmation", "Chsi2026pass");
        await page.FillAsync("#certificate-number", "110105194912310021");
        await page.FillAsync("#name", "李㒰"); // CJK Extension A: in the WenQuanYi font, unlike 𠮷 (Extension B)
        await page.Locator("#name").BlurAsync();
        Assert.StartsWith("证件号码不符合第二代居民身份证校验规则：校验位应为X。", (await page.TextContentAsync("#certificate-number-messages"))!.Trim());
        Assert.Contains("改为“李全”", await page.TextContentAsync("[data-field=Name] .warning"));

        string path = Environment.GetEnvironmentVariable("CHSI_SCREENSHOT") is { Length: > 0 } target
            ? Path.GetFullPath(target)
            : Path.Combine(Path.GetTempPath(), $"blazor-form-zh-{Guid.NewGuid():N}.png");
        await page.Locator("main").ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
        if (Environment.GetEnvironmentVariable("CHSI_SCREENSHOT") is not { Length: > 0 })
        {
            File.Delete(path);
        }

        await page.Context.CloseAsync();
    }
}
