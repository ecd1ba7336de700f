using System.Globalization;
using ChsiValidation;

namespace ChsiValidation.Cli;

/// <summary>What one check printed: the verdict, the reason (localized) and the facts, in order.</summary>
internal sealed record CliReport(bool IsValid, string? ErrorCode, IReadOnlyDictionary<string, object?> Arguments, IReadOnlyList<(string Label, string Value)> Facts)
{
    public void Print(TextWriter output, CultureInfo culture)
    {
        bool zh = ValidationMessages.IsChinese(culture);
        output.WriteLine(IsValid ? (zh ? "有效" : "valid") : (zh ? "无效" : "invalid"));
        if (ErrorCode is not null)
        {
            output.WriteLine($"{(zh ? "原因" : "reason")}: {ErrorCode}");
            output.WriteLine($"{(zh ? "说明" : "message")}: {ValidationMessages.GetMessage(ErrorCode, Arguments, culture)}");
        }

        foreach ((string label, string value) in Facts)
        {
            output.WriteLine($"{label}: {value}");
        }
    }
}
