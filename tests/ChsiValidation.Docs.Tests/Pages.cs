using System.Text.RegularExpressions;

namespace ChsiValidation.Docs.Tests;

/// <summary>The documentation pages of the repository and the C# examples in them.</summary>
internal static partial class Pages
{
    /// <summary>The repository's root: the nearest folder above the tests that holds <c>ChsiValidation.sln</c>.</summary>
    internal static string Root { get; } = FindRoot();

    /// <summary>README.md, CHANGELOG.md, every page under docs/ and every package readme under src/.</summary>
    internal static IEnumerable<string> All()
    {
        foreach (string name in new[] { "README.md", "CHANGELOG.md" })
        {
            string path = Path.Combine(Root, name);
            if (File.Exists(path))
            {
                yield return path;
            }
        }

        foreach (string folder in new[] { "docs", "src" })
        {
            string path = Path.Combine(Root, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !file.Contains($"{Path.DirectorySeparatorChar}_site{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Every fenced <c>```csharp</c> block of every page, with its page and the line its code starts on.</summary>
    internal static IEnumerable<Example> Examples()
    {
        foreach (string page in All())
        {
            string[] lines = File.ReadAllLines(page);
            for (int i = 0; i < lines.Length; i++)
            {
                Match open = Fence().Match(lines[i]);
                if (!open.Success)
                {
                    continue;
                }

                string info = open.Groups["info"].Value.Trim();
                int start = i + 1;
                int end = start;
                while (end < lines.Length && lines[end].Trim() != open.Groups["fence"].Value)
                {
                    end++;
                }

                string[] words = info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0 && words[0] is "csharp" or "cs" or "c#")
                {
                    string indent = open.Groups["indent"].Value;
                    string[] code = [.. lines[start..end].Select(line => line.StartsWith(indent, StringComparison.Ordinal) ? line[indent.Length..] : line)];
                    yield return new Example(Path.GetRelativePath(Root, page).Replace('\\', '/'), start + 1, code, Run: !words.Contains("norun"));
                }

                i = end;
            }
        }
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChsiValidation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChsiValidation.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<fence>```+|~~~+)(?<info>.*)$")]
    private static partial Regex Fence();
}

/// <summary>One fenced C# block: where it is, its lines, and whether it is run (blocks marked <c>norun</c> are only listed).</summary>
internal sealed record Example(string Page, int Line, string[] Code, bool Run)
{
    public override string ToString() => $"{Page}:{Line}";
}
