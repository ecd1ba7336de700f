using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ChsiValidation.Browser.Tests;

/// <summary>The published forms in Chromium: typed input, blur (the change event), the DOM read back, submit; zh-CN and en-US.</summary>
[Collection("Browser")]
public sealed class FormTests(BrowserFixture browser)
{
    public static TheoryData<string, string> RoutesAndLocales => new()
    {
        { "da", "zh-CN" },
        { "da", "en-US" },
        { "fv", "zh-CN" },
        { "fv", "en-US" },
    };

    public static TheoryData<string, string> PagesAndLocales
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string route in (string[])["da", "fv"])
            {
                foreach (string form in (string[])["register", "find-username", "reset-password"])
                {
                    data.Add($"/{route}/{form}", "zh-CN");
                    data.Add($"/{route}/{form}", "en-US");
                }
            }

            return data;
        }
    }

    private static bool Chinese(string locale) => locale.StartsWith("zh", StringComparison.Ordinal);

    private static async Task<string> MessagesAsync(IPage page, string id) =>
        ((await page.TextContentAsync($"#{id}-messages")) ?? "").Trim();

    // Fills a field and leaves it, as a person does (the change event fires on blur). Leaving it first matters: a message
    // that disappears moves the fields below, and a click between mouse down and up would miss its button.
    private static async Task EnterAsync(IPage page, string selector, string value)
    {
        await page.FillAsync(selector, value);
        await page.Locator(selector).BlurAsync();
    }

    [Theory]
    [MemberData(nameof(RoutesAndLocales))]
    public async Task A_typed_ID_number_with_a_wrong_check_character_is_refused_with_the_expected_one(string route, string locale)
    {
        IPage page = await browser.OpenAsync(locale, $"/{route}/register");
        Assert.Equal(locale, await page.EvaluateAsync<string>("document.documentElement.lang"));
        await page.Locator("#certificate-number").PressSequentiallyAsync("110105194912310021");
        await page.Locator("#certificate-number").BlurAsync();

        Assert.StartsWith(
            Chinese(locale)
                ? "证件号码不符合第二代居民身份证校验规则：校验位应为X。"
                : "Certificate number does not pass the second-generation ID check: the last character should be X.",
            await MessagesAsync(page, "certificate-number"));
        Assert.Equal("true", await page.GetAttributeAsync("#certificate-number", "aria-invalid"));
        Assert.Equal("certificate-number-messages", await page.GetAttributeAsync("#certificate-number", "aria-describedby"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(RoutesAndLocales))]
    public async Task A_rare_character_gets_the_advice_and_its_look_alike_in_one_click(string route, string locale)
    {
        IPage page = await browser.OpenAsync(locale, $"/{route}/register");
        await page.FillAsync("#name", "王𠮷");
        await page.Locator("#name").BlurAsync();

        string advice = await MessagesAsync(page, "name");
        Assert.StartsWith(Chinese(locale) ? "姓名中的“𠮷”是生僻字" : "\"𠮷\" in Name is a rare character", advice);
        Assert.Null(await page.GetAttributeAsync("#name", "aria-invalid"));
        await page.ClickAsync("[data-field=Name] button.apply");

        Assert.Equal("王吉", await page.InputValueAsync("#name"));
        Assert.Equal("", await MessagesAsync(page, "name"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(RoutesAndLocales))]
    public async Task An_email_near_miss_is_offered_and_applied(string route, string locale)
    {
        IPage page = await browser.OpenAsync(locale, $"/{route}/register");
        await page.FillAsync("#email", "student@qq.con");
        await page.Locator("#email").BlurAsync();

        Assert.StartsWith(Chinese(locale) ? "请确认邮箱：您是否想填写 student@qq.com？" : "Please check Email: did you mean student@qq.com?", await MessagesAsync(page, "email"));
        await page.ClickAsync("[data-field=Email] button.apply");
        Assert.Equal("student@qq.com", await page.InputValueAsync("#email"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(RoutesAndLocales))]
    public async Task Submit_refuses_an_empty_form_then_accepts_a_valid_one(string route, string locale)
    {
        bool zh = Chinese(locale);
        IPage page = await browser.OpenAsync(locale, $"/{route}/register");
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#status:not(:empty)");
        Assert.Equal(zh ? "请按提示修改后再提交。" : "Please correct the fields marked below.", await page.TextContentAsync("#status"));
        Assert.Equal(zh ? "请输入手机号。" : "Please enter Mobile number.", await MessagesAsync(page, "mobile"));
        Assert.Equal("true", await page.GetAttributeAsync("#mobile", "aria-invalid"));

        await EnterAsync(page, "#mobile", "13800138000");
        await page.ClickAsync("#send-sms");
        Assert.StartsWith(zh ? "短信验证码已发送，" : "SMS code sent; valid for ", (await page.TextContentAsync("#sms-hint")) ?? "");
        await EnterAsync(page, "#sms", "123456");
        await EnterAsync(page, "#password", "Chsi2026pass");
        await EnterAsync(page, "#password-confirmation", "Chsi2026pass");
        await EnterAsync(page, "#certificate-number", "11010519491231002X");
        await EnterAsync(page, "#name", "张三");
        await page.ClickAsync("#submit");
        await page.WaitForFunctionAsync("expected => document.querySelector('#status').textContent === expected", zh ? "提交成功。" : "Submitted.");
        Assert.Equal(0, await page.Locator(".error").CountAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PagesAndLocales))]
    public async Task Every_form_has_no_accessibility_violations_with_its_messages_shown(string path, string locale)
    {
        IPage page = await browser.OpenAsync(locale, path);
        if (path.EndsWith("/register", StringComparison.Ordinal))
        {
            await EnterAsync(page, "#name", "王𠮷"); // a notice with its button
            await EnterAsync(page, "#email", "student@qq.con");
            await page.ClickAsync("#send-sms"); // the hint
        }

        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#status:not(:empty)");
        AxeResult result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        await page.Context.CloseAsync();
    }
}
