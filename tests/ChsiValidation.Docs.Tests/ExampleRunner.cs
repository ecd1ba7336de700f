using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ChsiValidation.Docs.Tests;

/// <summary>
/// Runs one example as a C# script and checks what it prints. A line <c>Console.WriteLine(expr); // text</c> is an
/// assertion: each time it runs it must print exactly <c>text</c>, and it must run at least once. Other output is
/// allowed and ignored. The script sees every assembly the tests load (the library, its FluentValidation package, the
/// framework) and the SDK's implicit usings, as a project created with <c>dotnet new console</c> would.
/// </summary>
internal static partial class ExampleRunner
{
    private static readonly Lazy<ScriptOptions> Options = new(() => ScriptOptions.Default
        .WithReferences(TrustedAssemblies())
        .WithImports("System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks")
        .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
        .WithOptimizationLevel(OptimizationLevel.Debug));

    /// <summary>The failures of <paramref name="example"/>: compile errors, an exception, or a printed line that differs. Empty when it passes.</summary>
    internal static async Task<List<string>> RunAsync(Example example, CultureInfo culture)
    {
        var host = new ScriptHost();
        string source = Instrument(example.Code, host.Expectations);
        var failures = new List<string>();
        Script<object> script = CSharpScript.Create(source, Options.Value, typeof(ScriptHost));
        ImmutableArray<Diagnostic> diagnostics = script.Compile();
        foreach (Diagnostic error in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            int line = error.Location.GetLineSpan().StartLinePosition.Line + example.Line;
            failures.Add($"{example.Page}:{line}: {error.Id} {error.GetMessage(CultureInfo.InvariantCulture)}");
        }

        if (failures.Count > 0)
        {
            return failures;
        }

        TextWriter console = Console.Out;
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            Console.SetOut(new StringWriter());
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            await script.RunAsync(host);
        }
        catch (Exception e)
        {
            failures.Add($"{example}: threw {e.GetType().Name}: {e.Message}");
            return failures;
        }
        finally
        {
            Console.SetOut(console);
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }

        foreach ((int line, Expectation expectation) in host.Expectations)
        {
            if (expectation.Printed.Count == 0)
            {
                failures.Add($"{example.Page}:{line}: never ran (expected \"{expectation.Text}\")");
            }

            foreach (string printed in expectation.Printed.Where(printed => printed != expectation.Text).Distinct())
            {
                failures.Add($"{example.Page}:{line}: printed \"{printed}\", the comment says \"{expectation.Text}\"");
            }
        }

        return failures;
    }

    /// <summary>
    /// Rewrites each asserted <c>Console.WriteLine(...)</c> to write to a recorder for its line instead (the same
    /// overloads: <see cref="TextWriter.WriteLine(object?)"/> formats as <see cref="Console.WriteLine(object?)"/> does).
    /// </summary>
    internal static string Instrument(string[] code, Dictionary<int, Expectation> expectations)
    {
        var source = new StringBuilder();
        for (int i = 0; i < code.Length; i++)
        {
            Match m = AssertedWriteLine().Match(code[i]);
            if (m.Success)
            {
                int line = i + 1;
                string text = m.Groups["expected"].Value.TrimEnd();
                expectations[line] = new Expectation(text);
                source.Append(m.Groups["before"].Value)
                    .Append("__Docs.At(").Append(line.ToString(CultureInfo.InvariantCulture)).Append(").WriteLine(")
                    .Append(m.Groups["args"].Value).Append(");");
            }
            else
            {
                source.Append(code[i]);
            }

            source.Append('\n');
        }

        return source.ToString();
    }

    private static IEnumerable<MetadataReference> TrustedAssemblies()
    {
        string paths = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        foreach (string path in paths.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            // The test framework and the compiler itself are not what a reader's project references.
            if (name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.TestPlatform", StringComparison.Ordinal) || name.StartsWith("Microsoft.VisualStudio", StringComparison.Ordinal))
            {
                continue;
            }

            yield return MetadataReference.CreateFromFile(path);
        }
    }

    [GeneratedRegex(@"^(?<before>.*?)Console\.WriteLine\((?<args>.*)\);\s*//\s?(?<expected>.*)$")]
    private static partial Regex AssertedWriteLine();
}

/// <summary>What an asserted line must print, and what it printed each time it ran.</summary>
internal sealed class Expectation(string text)
{
    public string Text { get; } = text;

    public List<string> Printed { get; } = [];
}

/// <summary>The script's globals: <c>__Docs.At(line)</c> gives the writer that records that line's output.</summary>
public sealed class ScriptHost
{
    internal Dictionary<int, Expectation> Expectations { get; } = [];

    /// <summary>The recorder of the example's line <paramref name="line"/>.</summary>
#pragma warning disable CA1707 // The name is chosen to stay out of the way of the examples' own names.
    public Recorder __Docs => new(this);
#pragma warning restore CA1707

    /// <summary>Gives writers that record into the host's expectations.</summary>
    public sealed class Recorder(ScriptHost host)
    {
        /// <summary>A writer whose one line of output is recorded for <paramref name="line"/>.</summary>
        public TextWriter At(int line) => new LineWriter(host.Expectations[line]);
    }

    private sealed class LineWriter(Expectation expectation) : StringWriter(CultureInfo.CurrentCulture)
    {
        public override void WriteLine()
        {
            base.WriteLine();
            expectation.Printed.Add(ToString().TrimEnd('\r', '\n'));
        }

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            expectation.Printed.Add(ToString().TrimEnd('\r', '\n'));
        }
    }
}
