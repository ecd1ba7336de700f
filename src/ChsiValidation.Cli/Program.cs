using System.Globalization;
using ChsiValidation;
using ChsiValidation.Cli;

// chsi-validate <command> <value>: checks one value and prints what the library found.
// Exit codes: 0 valid, 1 invalid, 2 usage error.
Console.OutputEncoding = System.Text.Encoding.UTF8;
if (args is ["codes"])
{
    return Commands.PrintCodes(Console.Out);
}

bool help = args is ["--help"] or ["-h"] or ["help"];
if (help || args.Length != 2 || !Commands.All.TryGetValue(args[0], out Func<string, CliReport>? command))
{
    // Asked for, the usage is the answer (stdout, exit 0); otherwise it explains a usage error (stderr, exit 2).
    TextWriter writer = help ? Console.Out : Console.Error;
    writer.WriteLine("usage: chsi-validate <command> <value>");
    writer.WriteLine("commands: " + string.Join(", ", Commands.All.Keys.Order(StringComparer.Ordinal)) + "; and `codes` (every error code, as a markdown table)");
    return help ? 0 : 2;
}

CliReport report = command(args[1]);
report.Print(Console.Out, CultureInfo.CurrentUICulture);
return report.IsValid ? 0 : 1;
