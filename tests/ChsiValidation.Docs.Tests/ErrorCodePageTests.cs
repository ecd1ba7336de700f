namespace ChsiValidation.Docs.Tests;

/// <summary>docs/error-codes.md holds the table that <c>chsi-validate codes</c> prints, so it lists every code with its current texts.</summary>
public class ErrorCodePageTests
{
    private const string Begin = "<!-- begin: chsi-validate codes -->";
    private const string End = "<!-- end: chsi-validate codes -->";

    [Fact]
    public void The_error_code_page_is_the_output_of_the_codes_command()
    {
        string path = Path.Combine(Pages.Root, "docs", "error-codes.md");
        string page = File.ReadAllText(path).ReplaceLineEndings("\n");
        int begin = page.IndexOf(Begin, StringComparison.Ordinal);
        int end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{path} must hold the table between \"{Begin}\" and \"{End}\"");
        string table = page[(begin + Begin.Length)..end].Trim('\n');

        var output = new StringWriter { NewLine = "\n" };
        ChsiValidation.Cli.Commands.PrintCodes(output);
        Assert.True(
            output.ToString().Trim('\n') == table,
            "docs/error-codes.md is out of date: regenerate its table with `dotnet run --project src/ChsiValidation.Cli -- codes`.");
    }

    [Fact]
    public void The_page_lists_every_known_code()
    {
        string page = File.ReadAllText(Path.Combine(Pages.Root, "docs", "error-codes.md"));
        foreach (string code in ValidationMessages.KnownErrorCodes)
        {
            Assert.Contains("`" + code + "`", page, StringComparison.Ordinal);
        }
    }
}
