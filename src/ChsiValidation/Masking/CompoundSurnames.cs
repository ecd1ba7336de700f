namespace ChsiValidation;

/// <summary>
/// The compound surnames (复姓) the name mask keeps whole: those of pinyin-pro's surname table with their traditional
/// forms by OpenCC (the table and its sources are in Generated/CompoundSurnames.g.cs, rebuilt by
/// tools/CompoundSurnames/generate.sh).
/// </summary>
internal static partial class CompoundSurnames
{
    /// <summary>
    /// <see langword="true"/> when <paramref name="name"/> (a canonical name) starts with one of the compound surnames and
    /// goes on after it: 欧阳娜娜, not 欧阳 alone, which is as likely 欧 with the given name 阳.
    /// </summary>
    internal static bool StartsName(ReadOnlySpan<char> name) =>
        name.Length > 2 && Keys.BinarySearch(((uint)name[0] << 16) | name[1]) >= 0;

    /// <summary>The number of surnames in the table, simplified and traditional forms counted apart.</summary>
    internal static int Count => Keys.Length;
}
