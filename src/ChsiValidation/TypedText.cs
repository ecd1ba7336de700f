using System.Runtime.CompilerServices;
using System.Text;

namespace ChsiValidation;

/// <summary>
/// What people type into Chinese forms, shared by the rules that fold it: full-width ASCII from IMEs (U+FF01–FF5E),
/// the spaces that surround or split pasted values, and the checks every rule needs before reading a string.
/// </summary>
internal static class TypedText
{
    /// <summary>The spaces a form trims or removes: U+0020, NBSP U+00A0 and the ideographic space U+3000.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u3000';

    /// <summary>
    /// Whether every character of <paramref name="s"/> is an ASCII digit (true for an empty span). A loop rather than
    /// MemoryExtensions.ContainsAnyExceptInRange, which was measured allocating 96 bytes a call under the .NET 10.0
    /// runtime (GC.GetAllocatedBytesForCurrentThread).
    /// </summary>
    internal static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see langword="true"/> when <paramref name="s"/> is empty or holds only <see cref="IsSpace"/> characters: what
    /// every rule reports as Empty. A tab, a line break or any other whitespace is a character, not emptiness.
    /// </summary>
    internal static bool IsBlank(ReadOnlySpan<char> s)
    {
        // Scalar on purpose: typed input is short and its first character is rarely a space, so this returns at once.
        foreach (char c in s)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folds a full-width ASCII character (U+FF01–FF5E) to ASCII; other characters are returned as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char FoldFullWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>A full-width digit, U+FF10–FF19 (Unicode's Halfwidth and Fullwidth Forms block), as a Chinese IME types it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsFullWidthDigit(char c) => c is >= '\uFF10' and <= '\uFF19';

    /// <summary>
    /// The ASCII digit for an ASCII or full-width digit (<see cref="IsFullWidthDigit"/>); '\0' for anything else, other
    /// scripts' digits included.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char FoldDigit(char c) =>
        char.IsAsciiDigit(c) ? c : IsFullWidthDigit(c) ? (char)(c - '\uFF10' + '0') : '\0';

    /// <summary>Trims <see cref="IsSpace"/> characters from the start.</summary>
    internal static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> s)
    {
        int start = 0;
        while (start < s.Length && IsSpace(s[start]))
        {
            start++;
        }

        return s[start..];
    }

    /// <summary>
    /// Trims <see cref="IsSpace"/> characters from both ends. Tabs and line breaks are not trimmed: they are controls,
    /// which the rules report rather than hide.
    /// </summary>
    internal static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s)
    {
        int start = 0;
        int end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>
    /// The index of the first character that cannot be shown as text: an unpaired surrogate, a control or format
    /// character (zero-width, bidi controls, BOM), a line/paragraph separator, an unassigned or private-use code point;
    /// -1 when there is none. <paramref name="allowPrivateAndUnassigned"/> lets private-use and unassigned code points pass.
    /// </summary>
    internal static int IndexOfUnprintable(ReadOnlySpan<char> s, bool allowPrivateAndUnassigned = false)
    {
        int i = 0;
        while (i < s.Length)
        {
            if (Rune.DecodeFromUtf16(s[i..], out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case System.Globalization.UnicodeCategory.Control:
                case System.Globalization.UnicodeCategory.Format:
                case System.Globalization.UnicodeCategory.LineSeparator:
                case System.Globalization.UnicodeCategory.ParagraphSeparator:
                case System.Globalization.UnicodeCategory.Surrogate:
                    return i;
                case System.Globalization.UnicodeCategory.OtherNotAssigned:
                case System.Globalization.UnicodeCategory.PrivateUse:
                    if (!allowPrivateAndUnassigned)
                    {
                        return i;
                    }

                    break;
            }

            i += consumed;
        }

        return -1;
    }

    /// <summary>The index of the first surrogate that is not half of a pair; -1 when the text is well-formed UTF-16.</summary>
    internal static int IndexOfLoneSurrogate(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>The code point at <paramref name="index"/> and its width in UTF-16 units; a lone surrogate is read as itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ReadCodePoint(ReadOnlySpan<char> s, int index, out int width)
    {
        char c = s[index];
        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[index + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>The number of characters (Unicode scalar values) in <paramref name="s"/>; a lone surrogate counts as one.</summary>
    internal static int RuneCount(ReadOnlySpan<char> s)
    {
        int count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
            {
                count++;
            }
        }

        return count;
    }
}
