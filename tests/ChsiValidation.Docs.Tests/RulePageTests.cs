using System.Text.RegularExpressions;

namespace ChsiValidation.Docs.Tests;

/// <summary>
/// A rule's page lists its reasons with both texts between <c>&lt;!-- reasons: Prefix ... --&gt;</c> and
/// <c>&lt;!-- /reasons --&gt;</c>: the rows that <c>chsi-validate codes</c> prints for those prefixes, in its order, so
/// the page changes when a reason or a text does.
/// </summary>
public partial class RulePageTests
{
    private const string Header = "| Code | zh-Hans | en |\n|---|---|---|";

    public static TheoryData<string, string> ReasonTables()
    {
        var data = new TheoryData<string, string>();
        foreach (string path in Pages.All())
        {
            string page = File.ReadAllText(path).ReplaceLineEndings("\n");
            foreach (Match m in ReasonTable().Matches(page))
            {
                data.Add(Path.GetRelativePath(Pages.Root, path).Replace('\\', '/'), m.Groups["prefixes"].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReasonTables))]
    public void A_reason_table_is_the_codes_command_output_for_its_prefixes(string page, string prefixes)
    {
        string text = File.ReadAllText(Path.Combine(Pages.Root, page)).ReplaceLineEndings("\n");
        Match table = ReasonTable().Matches(text).Single(m => m.Groups["prefixes"].Value == prefixes);

        var output = new StringWriter { NewLine = "\n" };
        ChsiValidation.Cli.Commands.PrintCodes(output);
        string[] wanted = prefixes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> rows = output.ToString().Split('\n')
            .Where(row => wanted.Any(prefix => row.StartsWith("| `" + prefix + ".", StringComparison.Ordinal)));
        string expected = Header + "\n" + string.Join("\n", rows);

        Assert.True(
            expected == table.Groups["table"].Value.Trim('\n'),
            $"{page}: the reasons of {prefixes} are out of date: copy the rows of `dotnet run --project src/ChsiValidation.Cli -- codes` that start with them.");
    }

    [Fact]
    public void Every_rule_page_has_its_reason_table()
    {
        (string Page, string Prefix)[] pages =
        [
            ("docs/id-numbers.md", "ChsiIdNumber"), ("docs/person-names.md", "ChsiPersonName"), ("docs/email.md", "ChsiEmail"),
            ("docs/sms-codes.md", "ChsiSmsCode"), ("docs/usernames.md", "ChsiUsername"), ("docs/certificates.md", "ChsiCertificate"),
            ("docs/accounts.md", "ChsiPassword"), ("docs/accounts.md", "ChsiCaptcha"), ("docs/accounts.md", "ChsiForm"),
        ];
        TheoryData<string, string> tables = ReasonTables();
        foreach ((string page, string prefix) in pages)
        {
            Assert.Contains(tables, row => (string)row[0] == page && ((string)row[1]).Split(' ').Contains(prefix));
        }
    }

    [GeneratedRegex(@"<!-- reasons: (?<prefixes>[A-Za-z ]+?) -->\n(?<table>.*?)<!-- /reasons -->", RegexOptions.Singleline)]
    private static partial Regex ReasonTable();
}
