using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChsiValidation.Api.Tests;

public class RegistrationEndpointTests(RegistrationApiFactory factory) : IClassFixture<RegistrationApiFactory>
{
    private static JsonObject ValidBody() => new()
    {
        ["mobileNumber"] = RegistrationApiFactory.FreshMobile,
        ["smsCode"] = "012345",
        ["password"] = "abc12345",
        ["passwordConfirmation"] = "abc12345",
        ["name"] = "张三",
        ["certificateType"] = "ResidentIdCard",
        ["certificateNumber"] = "11010519491231002X",
        ["email"] = "zhangsan@qq.com",
    };

    private async Task<(HttpStatusCode Status, string? MediaType, JsonObject Body)> Post(string body, string language = "en")
    {
        using HttpClient client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/registrations")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using HttpResponseMessage response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(text)!.AsObject());
    }

    private Task<(HttpStatusCode Status, string? MediaType, JsonObject Body)> Post(JsonObject body, string language = "en") =>
        Post(body.ToJsonString(), language);

    private static void AssertProblem(HttpStatusCode status, string? mediaType, JsonObject body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(400, (int)body["status"]!);
        Assert.NotNull(body["title"]);
    }

    private static string[] Strings(JsonNode? node) => node!.AsArray().Select(n => (string)n!).ToArray();

    [Fact]
    public async Task A_valid_form_is_created_without_warnings()
    {
        var (status, _, body) = await Post(ValidBody());
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(Guid.TryParse((string?)body["id"], out _));
        Assert.Empty(body["warnings"]!.AsObject());
    }

    [Fact]
    public async Task Certificate_types_are_bound_by_name()
    {
        JsonObject form = ValidBody();
        form["certificateType"] = "Passport";
        form["certificateNumber"] = "E12345678";
        form["name"] = "John Smith";
        var (status, _, _) = await Post(form);
        Assert.Equal(HttpStatusCode.Created, status);
    }

    public static TheoryData<string, string?, string, string> InvalidFields => new()
    {
        // field, value (null: removed), error code, English message fragment
        { "mobileNumber", RegistrationApiFactory.Landline, "ChsiMobile.NotMobile", "mobile" },
        { "smsCode", "12a456", "ChsiSmsCode.InvalidCharacter", "digit" },
        { "smsCode", null, "ChsiSmsCode.Empty", "SMS code" },
        { "password", "abcdefgh", "ChsiPassword.TooFewCharacterClasses", "" },
        { "passwordConfirmation", "abc12346", "ChsiPassword.ConfirmationMismatch", "" },
        { "name", "John Smith", "ChsiPersonName.LatinNotAllowed", "" },
        { "certificateType", null, "ChsiForm.Required", "Certificate type" },
        { "certificateNumber", "110105194912310021", "ChsiIdNumber.ChecksumMismatch", "" },
        { "email", "zhangsan＠qq.com", "ChsiEmail.FullWidthCharacter", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Each_invalid_field_is_a_problem_under_its_camelCase_key_with_message_and_code(string field, string? value, string code, string fragment)
    {
        JsonObject form = ValidBody();
        if (value is null)
        {
            form.Remove(field);
        }
        else
        {
            form[field] = value;
        }

        if (field == "password")
        {
            form["passwordConfirmation"] = value;
        }

        var (status, mediaType, body) = await Post(form);

        AssertProblem(status, mediaType, body);
        JsonObject errors = body["errors"]!.AsObject();
        JsonObject codes = body["errorCodes"]!.AsObject();
        Assert.Equal([field], errors.Select(e => e.Key));
        Assert.Equal([code], Strings(codes[field]));
        string message = Assert.Single(Strings(errors[field]));
        Assert.Contains(fragment, message, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^[\x20-\x7E]", message);
    }

    [Fact]
    public async Task A_missing_mobile_number_is_required_and_so_no_SMS_code_was_sent_to_it()
    {
        JsonObject form = ValidBody();
        form.Remove("mobileNumber");
        var (status, mediaType, body) = await Post(form);

        AssertProblem(status, mediaType, body);
        Assert.Equal(["ChsiMobile.Empty"], Strings(body["errorCodes"]!["mobileNumber"]));
        Assert.Contains("Mobile number", Assert.Single(Strings(body["errors"]!["mobileNumber"])), StringComparison.Ordinal);
        Assert.Equal(["ChsiSmsCode.NotRequested"], Strings(body["errorCodes"]!["smsCode"]));
    }

    [Theory]
    [InlineData("zh-CN", true)]
    [InlineData("en", false)]
    [InlineData("en-US", false)]
    public async Task Messages_follow_Accept_Language(string language, bool chinese)
    {
        JsonObject form = ValidBody();
        form["mobileNumber"] = RegistrationApiFactory.Landline;
        var (status, mediaType, body) = await Post(form, language);

        AssertProblem(status, mediaType, body);
        string message = Assert.Single(Strings(body["errors"]!["mobileNumber"]));
        Assert.Equal(["ChsiMobile.NotMobile"], Strings(body["errorCodes"]!["mobileNumber"]));
        Assert.Equal(chinese, message.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
        if (chinese)
        {
            Assert.Contains("手机号", message);
        }
    }

    [Fact]
    public async Task A_missing_mobile_number_is_named_in_Chinese_for_zh_CN()
    {
        JsonObject form = ValidBody();
        form.Remove("mobileNumber");
        var (_, _, body) = await Post(form, "zh-CN");
        Assert.Contains("手机号", Assert.Single(Strings(body["errors"]!["mobileNumber"])));
    }

    [Fact]
    public async Task The_SMS_issue_time_comes_from_the_server_not_the_body()
    {
        JsonObject form = ValidBody();
        form["mobileNumber"] = RegistrationApiFactory.StaleMobile;
        form["smsCodeIssuedAt"] = RegistrationApiFactory.Now.AddMinutes(-10).ToString("O");
        var (status, mediaType, body) = await Post(form);

        AssertProblem(status, mediaType, body);
        Assert.Equal(["smsCode"], body["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(["ChsiSmsCode.Expired"], Strings(body["errorCodes"]!["smsCode"]));
    }

    [Fact]
    public async Task A_number_the_server_never_sent_a_code_to_is_rejected_whatever_the_body_claims()
    {
        JsonObject form = ValidBody();
        form["mobileNumber"] = "13700137000";
        form["smsCodeIssuedAt"] = RegistrationApiFactory.Now.AddMinutes(-1).ToString("O");
        var (status, mediaType, body) = await Post(form);

        AssertProblem(status, mediaType, body);
        Assert.Equal(["ChsiSmsCode.NotRequested"], Strings(body["errorCodes"]!["smsCode"]));
    }

    [Theory]
    [InlineData("{\"mobileNumber\": ")]
    [InlineData("{\"mobileNumber\": 13800138000,}")]
    [InlineData("not json")]
    [InlineData("[1, 2, 3]")]
    public async Task Malformed_JSON_is_a_400_problem_not_a_500(string json)
    {
        var (status, mediaType, body) = await Post(json);
        AssertProblem(status, mediaType, body);
        Assert.Equal("Request.InvalidJson", (string?)body["errorCode"]);
    }

    [Fact]
    public async Task A_null_body_is_a_400_problem()
    {
        var (status, mediaType, body) = await Post("null");
        AssertProblem(status, mediaType, body);
        Assert.Equal("Request.EmptyBody", (string?)body["errorCode"]);
    }

    [Theory]
    [InlineData("Driver")]
    [InlineData("0")]
    public async Task An_unknown_certificate_type_is_a_400_problem_that_names_the_field(string type)
    {
        JsonObject form = ValidBody();
        form["certificateType"] = type == "0" ? JsonValue.Create(0) : JsonValue.Create(type);
        var (status, mediaType, body) = await Post(form);
        AssertProblem(status, mediaType, body);
        Assert.Equal("$.certificateType", (string?)body["path"]);
    }

    public static TheoryData<string, string> HugeFields => new()
    {
        { "mobileNumber", "ChsiMobile." },
        { "name", "ChsiPersonName." },
        { "email", "ChsiEmail." },
        { "certificateNumber", "Chsi" },
        { "password", "ChsiPassword." },
    };

    [Theory]
    [MemberData(nameof(HugeFields))]
    public async Task A_one_megabyte_field_is_a_400_with_our_reason(string field, string codePrefix)
    {
        JsonObject form = ValidBody();
        form[field] = new string('1', 1024 * 1024);
        var (status, mediaType, body) = await Post(form);

        AssertProblem(status, mediaType, body);
        string code = Strings(body["errorCodes"]![field]).First();
        Assert.StartsWith(codePrefix, code, StringComparison.Ordinal);
        Assert.True(body.ToJsonString().Length < 64 * 1024, "the problem details do not echo the field");
    }

    [Fact]
    public async Task A_rare_character_in_the_name_is_created_with_the_warning()
    {
        JsonObject form = ValidBody();
        form["name"] = "王𠮷";
        var (status, _, body) = await Post(form, "zh-CN");

        Assert.Equal(HttpStatusCode.Created, status);
        JsonObject warning = Assert.Single(body["warnings"]!["name"]!.AsArray())!.AsObject();
        Assert.Equal("ChsiPersonName.RareCharacter", (string?)warning["code"]);
        Assert.Contains("𠮷", (string?)warning["message"]);
    }

    [Fact]
    public async Task Warnings_are_returned_beside_the_errors_of_a_rejected_form()
    {
        JsonObject form = ValidBody();
        form["name"] = "王𠮷";
        form["email"] = "zhangsan＠qq.com";
        var (status, mediaType, body) = await Post(form);

        AssertProblem(status, mediaType, body);
        Assert.Equal(["email"], body["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("ChsiPersonName.RareCharacter", (string?)body["warnings"]!["name"]![0]!["code"]);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_415_problem()
    {
        using HttpClient client = factory.CreateClient();
        using var content = new StringContent("mobileNumber=1", Encoding.UTF8, "application/x-www-form-urlencoded");
        using HttpResponseMessage response = await client.PostAsync("/registrations", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument _ = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
