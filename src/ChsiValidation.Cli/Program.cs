using ChsiValidation.Cli;

// chsi-validate: checks values, rosters and registrations against a roster. Exit codes: see Cli.
Console.OutputEncoding = System.Text.Encoding.UTF8;
return Cli.Run(args, Console.In, Console.Out, Console.Error, new ConsoleHost());
