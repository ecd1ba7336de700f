using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChsiValidation;

namespace ChsiValidation.Cli;

/// <summary>What one check printed: the verdict, the reason (localized) and the facts, in order.</summary>
internal sealed record CliReport(bool IsValid, string? ErrorCode, string? Message, IReadOnlyList<(string Label, string Value)> Facts)
{
    public void Print(TextWriter output, CultureInfo culture)
    {
        bool zh = ValidationMessages.IsChinese(culture);
        output.WriteLine(IsValid ? (zh ? "有效" : "valid") : (zh ? "无效" : "invalid"));
        if (ErrorCode is not null)
        {
            output.WriteLine($"{(zh ? "原因" : "reason")}: {ErrorCode}");
            output.WriteLine($"{(zh ? "说明" : "message")}: {Message}");
        }

        foreach ((string label, string value) in Facts)
        {
            output.WriteLine($"{label}: {value}");
        }
    }

    /// <summary>
    /// The report as one line of JSON: <c>{"command","input","valid","code","message","facts":[{"name","value"}]}</c>
    /// (code and message null when valid; facts in the order the text output lists them).
    /// </summary>
    public void PrintJson(TextWriter output, string command, string input, CultureInfo culture)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteString("input", input);
            json.WriteBoolean("valid", IsValid);
            json.WriteString("code", ErrorCode);
            json.WriteString("message", Message);
            json.WriteStartArray("facts");
            foreach ((string label, string value) in Facts)
            {
                json.WriteStartObject();
                json.WriteString("name", label);
                json.WriteString("value", value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
