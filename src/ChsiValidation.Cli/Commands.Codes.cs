using System.Globalization;
using ChsiValidation;

namespace ChsiValidation.Cli;

internal static partial class Commands
{
    /// <summary>
    /// <c>codes</c>: prints every error code with its zh-Hans and en texts as a markdown table (the README's
    /// "All error codes" section is this output).
    /// </summary>
    public static int PrintCodes(TextWriter output)
    {
        CultureInfo zh = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo en = CultureInfo.GetCultureInfo("en-US");
        output.WriteLine("| Code | zh-Hans | en |");
        output.WriteLine("|---|---|---|");
        foreach (string code in ValidationMessages.KnownErrorCodes.Order(StringComparer.Ordinal))
        {
            output.WriteLine($"| `{code}` | {Cell(ValidationMessages.GetTemplate(code, zh))} | {Cell(ValidationMessages.GetTemplate(code, en))} |");
        }

        return 0;
    }

    private static string Cell(string? text) => (text ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal);
}
