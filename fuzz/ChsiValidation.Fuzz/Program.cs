using SharpFuzz;

namespace ChsiValidation.Fuzz;

/// <summary>
/// <c>dotnet ChsiValidation.Fuzz.dll &lt;target&gt;</c>: the afl-fuzz fork server for one target (input on stdin).
/// <c>... &lt;target&gt; --replay &lt;file-or-folder&gt;</c>: runs the target in-process on each file, no afl needed.
/// <c>... --replay-all &lt;corpus-root&gt;</c>: replays &lt;corpus-root&gt;/&lt;target&gt;/ for every target (CI).
/// <c>... --list</c>: the target names.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--list"])
        {
            foreach (string listed in TargetTable.All.Keys.Order(StringComparer.Ordinal))
            {
                Console.WriteLine(listed);
            }

            return 0;
        }

        if (args is ["--replay-all", string root])
        {
            return ReplayAll(root);
        }

        if (args is [string name, ..] && TargetTable.All.TryGetValue(name, out Action<string?>? target))
        {
            switch (args)
            {
                case [_]:
                    // Out of process: a stack overflow or a hang kills only the child, which afl then reports.
                    Fuzzer.OutOfProcess.Run(stream => Inputs.Run(target, Inputs.ReadAll(stream)));
                    return 0;
                case [_, "--replay", string path]:
                    return Replay(name, target, path).Failed == 0 ? 0 : 1;
            }
        }

        Console.Error.WriteLine("usage: ChsiValidation.Fuzz <target> [--replay <file-or-folder>] | --replay-all <corpus-root> | --list");
        Console.Error.WriteLine("targets: " + string.Join(", ", TargetTable.All.Keys.Order(StringComparer.Ordinal)));
        return 2;
    }

    private static int ReplayAll(string root)
    {
        int files = 0, failed = 0;
        foreach ((string name, Action<string?> target) in TargetTable.All.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            string folder = Path.Combine(root, name);
            if (!Directory.Exists(folder))
            {
                // Every target must have a seed corpus: CI would otherwise never run it.
                Console.Error.WriteLine($"FAIL {name}: no seed corpus at {folder}");
                failed++;
                continue;
            }

            (int n, int f) = Replay(name, target, folder);
            files += n;
            failed += f;
        }

        Console.WriteLine($"replay: {TargetTable.All.Count} targets, {files} inputs, {failed} failures");
        return failed == 0 ? 0 : 1;
    }

    private static (int Files, int Failed) Replay(string name, Action<string?> target, string path)
    {
        string[] files = File.Exists(path)
            ? [path]
            : [.. Directory.EnumerateFiles(path) // top level only: afl's queue/ keeps state in hidden subfolders
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)];
        int failed = 0;
        foreach (string file in files)
        {
            try
            {
                Inputs.Run(target, File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failed++;
                Console.Error.WriteLine($"FAIL {name} {file}: {e}");
            }
        }

        Console.WriteLine($"{name}: {files.Length} inputs, {failed} failures");
        return (files.Length, failed);
    }
}
