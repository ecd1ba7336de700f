using System.Text;
using NameRule = ChsiValidation.PersonName;

namespace ChsiValidation.Testing;

public sealed partial class ChsiFaker
{
    // The commonest surnames of the 2020 national name report (公安部户政管理研究中心《二〇二〇年全国姓名报告》), in its
    // order, and some compound surnames (复姓). All in GB 2312.
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "邓", "冯", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余",
        "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "欧阳", "司马", "上官", "诸葛", "皇甫", "慕容",
    ];

    // Characters common in given names (the same report's most frequent given names, 1970s–2020), all in GB 2312.
    private const string GivenNameCharacters =
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂华建国文辉玲婷浩宇轩子涵梓萱欣怡佳思雨晨博一诺睿泽俊嘉鑫瑞宁雪琳晓海斌波鹏飞";

    // Syllables of transliterated minority names (Uyghur, Kazakh, Tibetan, Mongolian: 买买提·艾力, 扎西·次仁), all in GB 2312.
    private const string MinoritySyllables =
        "阿买提艾力热依古丽尔克木吐逊娜扎帕罕巴图其格日乐布斯坦穆默德哈萨拉努尼亚玛卓嘎旺次仁西达瓦央金江别孜曼苏合";

    private static readonly string[]?[] s_tierCharacters = new string[]?[Enum.GetValues<HanziTier>().Length];

    /// <summary>
    /// A common Chinese name: one of the commonest surnames (a compound one now and then) and a given name of one or two
    /// characters, all in GB 2312 (张伟, 欧阳俊杰). Passes <see cref="NameRule.Validate(string?, PersonNameOptions?)"/> with
    /// the default options, unchanged and with nothing rare.
    /// </summary>
    public string PersonName()
    {
        string surname = random.Pick(Surnames);
        var name = new StringBuilder(surname, 4);
        int given = random.Chance(70) ? 2 : 1;
        for (int i = 0; i < given; i++)
        {
            name.Append(GivenNameCharacters[random.Next(GivenNameCharacters.Length)]);
        }

        return name.ToString();
    }

    /// <summary>
    /// A minority name in Chinese transliteration: two or three parts of two to four syllables joined by the separator dot
    /// U+00B7 <see cref="NameRule.Separator"/> (买买提·艾力). Passes with the default options, unchanged.
    /// </summary>
    public string MinorityName()
    {
        int parts = random.Chance(80) ? 2 : 3;
        var name = new StringBuilder(16);
        for (int part = 0; part < parts; part++)
        {
            if (part > 0)
            {
                name.Append(NameRule.Separator);
            }

            int syllables = random.Between(2, 4);
            for (int i = 0; i < syllables; i++)
            {
                name.Append(MinoritySyllables[random.Next(MinoritySyllables.Length)]);
            }
        }

        return name.ToString();
    }

    /// <summary>
    /// A common name whose given name holds one character of <paramref name="tier"/> (王𬱖, 李䶮明), the rarest in the name:
    /// <see cref="PersonNameResult.RarestTier"/> is <paramref name="tier"/>. It passes with the default options, which list
    /// characters beyond <see cref="HanziTier.GeneralStandard"/> in <see cref="PersonNameResult.RareCharacters"/>; a
    /// <see cref="HanziTier.PrivateUse"/> character passes only with <see cref="PersonNameOptions.AllowPrivateUse"/>.
    /// </summary>
    /// <param name="tier">Any tier but <see cref="HanziTier.NotHanzi"/>.</param>
    /// <remarks>
    /// The characters are the ones this runtime's ChsiValidation accepts in the tier (an unassigned code point is refused
    /// by the rule, and Extensions G–J are newer than some runtimes' Unicode data), so a seed can give other characters
    /// on another runtime.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is <see cref="HanziTier.NotHanzi"/> or not defined.</exception>
    public string NameWithRareCharacter(HanziTier tier)
    {
        if (tier == HanziTier.NotHanzi || !Enum.IsDefined(tier))
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Choose a tier of Chinese characters.");
        }

        string rare = RareCharacter(tier);
        string surname = random.Pick(Surnames);
        return random.Next(3) switch
        {
            0 => surname + rare,
            1 => surname + rare + GivenNameCharacters[random.Next(GivenNameCharacters.Length)],
            _ => surname + GivenNameCharacters[random.Next(GivenNameCharacters.Length)] + rare,
        };
    }

    /// <summary>
    /// A character of <paramref name="tier"/> that the name rule takes unchanged: code points drawn uniformly from the
    /// tier's blocks until the rule accepts one (most do), so no table of the tier is built; after 10,000 misses, a pick
    /// from the full list (<see cref="TierCharacters"/>), which says when there is none.
    /// </summary>
    private string RareCharacter(HanziTier tier)
    {
        (int First, int Last)[] ranges = TierRanges(tier);
        int total = 0;
        foreach ((int first, int last) in ranges)
        {
            total += last - first + 1;
        }

        for (int attempt = 0; attempt < 10_000; attempt++)
        {
            int index = random.Next(total);
            int cp = 0;
            foreach ((int first, int last) in ranges)
            {
                if (index <= last - first)
                {
                    cp = first + index;
                    break;
                }

                index -= last - first + 1;
            }

            if (IsNameCharacterOfTier(cp, tier))
            {
                return char.ConvertFromUtf32(cp);
            }
        }

        string[] pool = TierCharacters(tier);
        if (pool.Length == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "The rule accepts no character of this tier on this runtime.");
        }

        return random.Pick(pool);
    }

    private static readonly PersonNameOptions TierProbeOptions = new() { AllowPrivateUse = true };

    /// <summary>Whether "王" followed by <paramref name="cp"/> is a valid, unchanged name whose rarest tier is <paramref name="tier"/>.</summary>
    private static bool IsNameCharacterOfTier(int cp, HanziTier tier)
    {
        if (HanziRepertoire.GetTier(cp) != tier)
        {
            return false;
        }

        string probe = "王" + char.ConvertFromUtf32(cp);
        PersonNameResult result = NameRule.Validate(probe, TierProbeOptions);
        return result.IsValid && result.RarestTier == tier && ReferenceEquals(result.Normalized, probe);
    }

    /// <summary>Every character of <paramref name="tier"/> that the name rule takes unchanged, found by asking the rule.</summary>
    internal static string[] TierCharacters(HanziTier tier)
    {
        if (s_tierCharacters[(int)tier] is string[] cached)
        {
            return cached;
        }

        var found = new List<string>();
        foreach ((int first, int last) in TierRanges(tier))
        {
            for (int cp = first; cp <= last; cp++)
            {
                if (IsNameCharacterOfTier(cp, tier))
                {
                    found.Add(char.ConvertFromUtf32(cp));
                }
            }
        }

        string[] pool = [.. found];
        s_tierCharacters[(int)tier] = pool;
        return pool;
    }

    // Where each tier's characters lie (Unicode Blocks.txt); HanziRepertoire.GetTier decides membership.
    private static (int First, int Last)[] TierRanges(HanziTier tier) => tier switch
    {
        HanziTier.Gb2312 or HanziTier.UnifiedBmp => [(0x4E00, 0x9FFF), (0xFA0E, 0xFA29)],
        HanziTier.GeneralStandard => [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2EBEF)],
        HanziTier.ExtensionA => [(0x3400, 0x4DBF)],
        HanziTier.Supplementary => [(0x20000, 0x2A6DF), (0x2A700, 0x2EBEF)],
        HanziTier.BeyondGb18030 => [(0x2EBF0, 0x2EE5F), (0x30000, 0x3347F)],
        HanziTier.PrivateUse => [(0xE000, 0xF8FF)],
        _ => [],
    };
}
