using System.Numerics;

namespace ChsiValidation;

/// <summary>
/// "Did you mean" for the mail providers most Chinese registrants use. Deliberately narrow: it only names a provider
/// whose domain is one edit (insertion, deletion, substitution or swap of neighbours) away from what was typed, and
/// stays silent for anything it does not recognise as such a near miss (mail.tsinghua.edu.cn, chsi.com.cn) and for
/// real provider domains (sina.cn is not a typo of sina.com). mailcheck.js's default list, by contrast, turns sina.cn
/// into sina.ca.
/// </summary>
internal static class EmailProviders
{
    /// <summary>The curated list of Chinese providers and their common typos. Order matters only for documentation: ties produce no suggestion.</summary>
    internal static readonly string[] Domains =
    [
        "qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "sina.cn", "sohu.com", "139.com", "189.cn",
        "yeah.net", "aliyun.com", "outlook.com", "hotmail.com", "gmail.com", "icloud.com",
    ];

    private const int MaxCompared = 32;

    /// <summary>The length of each provider's first label (qq of qq.com), found once.</summary>
    private static readonly int[] NameLengths = Array.ConvertAll(Domains, d => d.IndexOf('.', StringComparison.Ordinal));

    /// <summary>The characters of each provider's domain as a set (<see cref="CharacterSet"/>), found once.</summary>
    private static readonly ulong[] CharacterSets = Array.ConvertAll(Domains, d => CharacterSet(d));

    /// <summary>
    /// The suggested address (local@provider) when <paramref name="domain"/> (ASCII) is a near miss of exactly one
    /// provider, else <see langword="null"/>. When the first label is a provider's own name (qq.con, 139.cn), only that
    /// provider's domains are candidates, so 139.cn is not "corrected" to 189.cn. A bare provider name (user@qq) gets
    /// its domain.
    /// </summary>
    internal static string? Suggest(ReadOnlySpan<char> local, ReadOnlySpan<char> domain)
    {
        if (domain.Length > MaxCompared)
        {
            return null;
        }

        // Most domains are near no provider: their character set alone says so, before anything is copied or compared.
        ulong typed = CharacterSet(domain);
        bool near = domain.IndexOf('.') < 0;
        for (int p = 0; p < CharacterSets.Length && !near; p++)
        {
            near = WithinOneEditOfSet(typed, CharacterSets[p]);
        }

        return near ? SuggestNear(local, domain, typed) : null;
    }

    private static string? SuggestNear(ReadOnlySpan<char> local, ReadOnlySpan<char> domain, ulong typed)
    {
        Span<char> lower = stackalloc char[domain.Length];
        domain.ToLowerInvariant(lower);
        int dot = lower.IndexOf('.');
        ReadOnlySpan<char> name = dot < 0 ? lower : lower[..dot];

        bool sameNameExists = false;
        for (int p = 0; p < Domains.Length; p++)
        {
            if (typed == CharacterSets[p] && lower.SequenceEqual(Domains[p]))
            {
                return null;
            }

            sameNameExists |= IsNamed(p, name);
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        for (int p = 0; p < Domains.Length; p++)
        {
            string provider = Domains[p];
            bool sameName = IsNamed(p, name);
            if (sameNameExists && !sameName)
            {
                continue;
            }

            // A bare provider name ("qq") is completed; otherwise one edit at most.
            int distance = dot < 0 ? (sameName ? 0 : int.MaxValue)
                : WithinOneEditOfSet(typed, CharacterSets[p]) ? Distance(lower, provider, limit: 1)
                : int.MaxValue;
            if (distance > 1)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (provider, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return best is null || tie ? null : Email.Join(local, best);
    }

    /// <summary>
    /// Which of a–z (either case), 0–9, '.', '-' and anything else <paramref name="text"/> contains, one bit each. One edit adds at most
    /// one character to a string's set and takes at most one away, so two sets that differ by more cannot be one edit
    /// apart: most domains (example.com, tsinghua.edu.cn) are set aside by that alone, before any comparison.
    /// </summary>
    internal static ulong CharacterSet(ReadOnlySpan<char> text)
    {
        ulong set = 0;
        foreach (char c in text)
        {
            set |= c switch
            {
                >= 'a' and <= 'z' => 1UL << (c - 'a'),
                >= 'A' and <= 'Z' => 1UL << (c - 'A'),
                >= '0' and <= '9' => 1UL << (26 + c - '0'),
                '.' => 1UL << 36,
                '-' => 1UL << 37,
                _ => 1UL << 38,
            };
        }

        return set;
    }

    internal static bool WithinOneEditOfSet(ulong typed, ulong provider) =>
        BitOperations.PopCount(typed & ~provider) <= 1 && BitOperations.PopCount(provider & ~typed) <= 1;

    private static bool IsNamed(int provider, ReadOnlySpan<char> name) =>
        NameLengths[provider] == name.Length && NameOf(provider).SequenceEqual(name);

    private static ReadOnlySpan<char> NameOf(int provider) => Domains[provider].AsSpan(0, NameLengths[provider]);

    /// <summary>
    /// Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring), or
    /// <paramref name="limit"/> + 1 as soon as it must exceed the limit.
    /// </summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        return limit == 1 ? WithinOneEdit(a, b) : DynamicDistance(a, b, limit);
    }

    /// <summary>
    /// <see cref="Distance"/> with a limit of 1, without the table: 0 when equal, 1 when one insertion, deletion,
    /// substitution or swap of neighbours makes <paramref name="b"/> of <paramref name="a"/>, else 2.
    /// </summary>
    internal static int WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return 0;
        }

        a = a[prefix..];
        b = b[prefix..];
        bool one = a.Length == b.Length
            ? a[1..].SequenceEqual(b[1..]) || (a.Length >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..].SequenceEqual(b[2..]))
            : a.Length > b.Length ? a[1..].SequenceEqual(b) : a.SequenceEqual(b[1..]);
        return one ? 1 : 2;
    }

    /// <summary><see cref="Distance"/> by the dynamic programme (any limit).</summary>
    internal static int DynamicDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rolling rows of the dynamic programme.
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            Span<int> recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
