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

if (args.Length != 2 || !Commands.All.TryGetValue(args[0], out Func<string, CliReport>? command))
{
    Console.Error.WriteLine("usage: chsi-validate <command> <value>");
    Console.Error.WriteLine("commands: " + string.Join(", ", Commands.All.Keys.Order(StringComparer.Ordinal)) + "; and `codes` (every error code, as a markdown table)");
    return 2;
}

CliReport report = command(args[1]);
report.Print(Console.Out, CultureInfo.CurrentUICulture);
return report.IsValid ? 0 : 1;
