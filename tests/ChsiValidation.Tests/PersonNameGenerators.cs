using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ChsiValidation.Tests;

/// <summary>A generated name: what kind of name was built, what was done to it, and the text.</summary>
/// <param name="Shape">common, minority, rare or latin.</param>
/// <param name="Mutation">none, or the change made to the valid name.</param>
/// <param name="Text">The name as typed.</param>
internal sealed record GeneratedName(string Shape, string Mutation, string Text)
{
    public override string ToString() => $"{Shape}/{Mutation}: \"{Escape(Text)}\"";

    internal static string Escape(string? s)
    {
        if (s is null)
        {
            return "null";
        }

        var sb = new StringBuilder();
        foreach (char c in s)
        {
            sb.Append(c is < ' ' or (>= '\u007F' and <= '\u00A0') or >= '\uD800' and <= '\uDFFF' or '\u200B' or '\u200D' or '\uFEFF'
                || c is >= '\u2000' and <= '\u206F' or >= '\uFE00' and <= '\uFE0F'
                ? $"\\u{(int)c:X4}"
                : c.ToString());
        }

        return sb.ToString();
    }
}

/// <summary>
/// FsCheck generators that build valid names (common hanzi from GB 2312, minority names with U+00B7, names with a rare
/// character, Latin names) and then sometimes change them the way typing and pasting do.
/// </summary>
internal static class PersonNameGenerators
{
    /// <summary>Names are validated with these options: Latin names and private-use codes allowed.</summary>
    internal static readonly PersonNameOptions Permissive = new() { AllowLatin = true, AllowPrivateUse = true };

    /// <summary>Every GB 2312 hanzi (6,763).</summary>
    internal static readonly int[] Gb2312 =
        Enumerable.Range(0x4E00, 0x9FA6 - 0x4E00).Where(HanziRepertoire.IsInGb2312).ToArray();

    /// <summary>Characters beyond GB 2312 of each tier: 通用规范 (堃 喆 䶮 𫖮), other BMP, Extension A, B, G, a unified compatibility ideograph, a GBK private-use code.</summary>
    internal static readonly string[] Rare = ["堃", "喆", "䶮", "𫖮", "\u9FA6", "\u3400", "𠮷", "\U0002A6D6", "\U00030000", "\uFA11", "\uE863"];

    /// <summary>What people type for U+00B7 (and U+00B7 itself).</summary>
    internal static readonly string[] Dots = ["·", "•", "・", "･", "‧", "∙", "⋅", "．", ".", "\u0387", "\u2E31"];

    private static readonly string[] Spaces = [" ", "\u3000", "\u00A0", "\u2002", "  ", "\u3000\u3000", " \u3000"];

    private static readonly string[] Controls = ["\t", "\n", "\r", "\0", "\u0085", "\u200B", "\u200D", "\uFEFF", "\u202E", "\u2066", "\u00AD"];

    private static readonly string[] LoneSurrogates = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];

    // Kangxi radicals and radical-supplement forms that fold to ideographs: ⼀ ⼈ ⽉ ⾦ ⻟ ⻳.
    private static readonly string[] Radicals = ["\u2F00", "\u2F08", "\u2F49", "\u2FA6", "\u2E9F", "\u2EF3"];

    private static readonly string[] Compatibility = ["\uF92C", "\uF900", "\uFA6C", "\U0002F800", "\U0002FA1D"];

    private static readonly string[] VariationSelectors = ["\uFE00", "\uFE0F", "\U000E0100", "\U000E01EF"];

    private static readonly string[] DigitsAndSymbols = ["3", "３", "٣", "!", "@", "_", "。", "、", "😀", "\u0378"];

    /// <summary>Characters that break systems (the pieces the old generator concatenated).</summary>
    private static readonly string[] Hostile =
    [
        "⺁", "\U000E0100", "ア", "Ж", "é", "ẹ", "ʒ", "\u0301", "\u030C", "\u0323", "Ｊ", "ｅ", "＇", "－", "'", "-", "\uF92C", "\uE000",
    ];

    private static Gen<string> CommonHanzi(int min, int max) =>
        from count in Gen.Choose(min, max)
        from cps in Gen.Elements(Gb2312).ArrayOf(count)
        select string.Concat(cps.Select(char.ConvertFromUtf32));

    private static Gen<string> Common => CommonHanzi(2, 6);

    private static Gen<string> Minority =>
        from parts in Gen.Choose(2, 3)
        from words in CommonHanzi(1, 4).ArrayOf(parts)
        select string.Join("·", words);

    private static Gen<string> WithRare =>
        from name in CommonHanzi(2, 4)
        from rare in Gen.Elements(Rare)
        from at in Gen.Choose(0, 1)
        select at == 0 ? rare + name[1..] : name + rare;

    private static Gen<string> LatinWord =>
        from first in Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖ".ToCharArray())
        from rest in Gen.Elements("abcdefghijklmnopqrstuvwxyzéüñç".ToCharArray()).ArrayOf()
        select first + new string(rest.Take(9).ToArray());

    private static Gen<string> Latin =>
        from words in LatinWord.ArrayOf(3)
        from joins in Gen.Elements(" ", "-", "'", ". ").ArrayOf(2)
        from count in Gen.Choose(1, 3)
        select count == 1 ? words[0] + words[1].ToLowerInvariant()
            : count == 2 ? words[0] + Join(joins[0], words[0]) + words[1]
            : words[0] + Join(joins[0], words[0]) + words[1] + " " + words[2];

    // An initial takes the period: "J. Smith"; other joins go between whole words.
    private static string Join(string join, string before) => join == ". " && before.Length > 1 ? " " : join;

    /// <summary>A valid name of one of the four shapes.</summary>
    internal static Gen<(string Shape, string Text)> Valid =>
        Gen.Frequency(
            (45, Common.Select(n => ("common", n))),
            (20, Minority.Select(n => ("minority", n))),
            (15, WithRare.Select(n => ("rare", n))),
            (20, Latin.Select(n => ("latin", n))));

    /// <summary>A valid name, and in two cases of five a changed copy of it.</summary>
    internal static Gen<GeneratedName> Names =>
        from valid in Valid
        from changed in Gen.Frequency((3, Gen.Constant(("none", valid.Text))), (2, Mutate(valid.Text)))
        select new GeneratedName(valid.Shape, changed.Item1, changed.Item2);

    /// <summary>Two names that are often alike: equal, one a changed copy of the other, or unrelated.</summary>
    internal static Gen<(GeneratedName First, GeneratedName Second)> Pairs =>
        from first in Names
        from kind in Gen.Choose(0, 3)
        from changed in Mutate(first.Text)
        from other in Names
        select kind switch
        {
            0 => (first, first),
            1 or 2 => (first, new GeneratedName(first.Shape, changed.Mutation, changed.Text)),
            _ => (first, other),
        };

    /// <summary>One change of the kinds people make when typing or pasting, at a random place.</summary>
    internal static Gen<(string Mutation, string Text)> Mutate(string name)
    {
        int[] cuts = Boundaries(name);
        Gen<int> at = Gen.Elements(cuts);
        Gen<int> inner = cuts.Length > 2 ? Gen.Elements(cuts[1..^1]) : at;
        return Gen.OneOf(
            from i in inner
            from dot in Gen.Elements(Dots)
            select ("dot variant", Insert(name, i, dot)),
            from i in at
            from dot in Gen.Elements(Dots)
            select ("dot anywhere", Insert(name, i, dot)),
            from left in Gen.Elements(Spaces)
            from right in Gen.Elements(Spaces)
            from sides in Gen.Choose(0, 2)
            select ("padding", (sides == 1 ? string.Empty : left) + name + (sides == 0 ? string.Empty : right)),
            from i in at
            from control in Gen.Elements(Controls)
            select ("control", Insert(name, i, control)),
            from i in Gen.Choose(0, name.Length)
            from surrogate in Gen.Elements(LoneSurrogates)
            select ("lone surrogate", name[..i] + surrogate + name[i..]),
            from i in inner
            from radical in Gen.Elements(Radicals)
            select ("Kangxi radical", Insert(name, i, radical)),
            from i in inner
            from compatibility in Gen.Elements(Compatibility)
            select ("compatibility ideograph", Insert(name, i, compatibility)),
            Gen.Constant(("one character", name[..cuts[1]])),
            from i in inner
            from selector in Gen.Elements(VariationSelectors)
            select ("variation selector", Insert(name, i, selector)),
            from i in at
            from symbol in Gen.Elements(DigitsAndSymbols)
            select ("digit or symbol", Insert(name, i, symbol)),
            from i in at
            from letter in Gen.Elements("a", "Z", "ｚ")
            select ("Latin letter", Insert(name, i, letter)),
            from i in at
            from piece in Gen.Elements(Hostile)
            select ("hostile piece", Insert(name, i, piece)),
            from i in inner
            select ("full width", FullWidthAt(name, i)),
            from i in inner
            from space in Gen.Elements(Spaces)
            select ("inner space", Insert(name, i, space)),
            from i in inner
            from mark in Gen.Elements("\u0301", "\u0300", "\u0308", "\u030C", "\u0327", "\u0303")
            select ("combining mark", Insert(name, i, mark)));
    }

    /// <summary>UTF-16 indexes where a code point starts, and the length.</summary>
    internal static int[] Boundaries(string s)
    {
        var cuts = new List<int>();
        for (int i = 0; i < s.Length; i++)
        {
            cuts.Add(i);
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        cuts.Add(s.Length);
        return cuts.ToArray();
    }

    private static string Insert(string s, int at, string piece) => s[..at] + piece + s[at..];

    // The ASCII letter or space at the index in its full-width form; Chinese names gain a full-width space instead.
    private static string FullWidthAt(string s, int at) => at >= s.Length ? s + "\u3000" : s[at] switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => s[..at] + (char)(s[at] + 0xFEE0) + s[(at + 1)..],
        '-' => s[..at] + '－' + s[(at + 1)..],
        '\'' => s[..at] + '＇' + s[(at + 1)..],
        _ => "\u3000" + s,
    };
}
