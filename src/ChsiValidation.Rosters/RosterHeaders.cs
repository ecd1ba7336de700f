using System.Text;

namespace ChsiValidation.Rosters;

/// <summary>Finds the columns by their header text, and reads certificate type names.</summary>
internal static class RosterHeaders
{
    internal const int ColumnCount = 5;

    // Compared after Fold: no spaces, '_', '-', '*' or '：', ASCII lower case, full-width folded.
    private static readonly string[][] BuiltIn =
    [
        ["姓名", "名字", "学生姓名", "考生姓名", "name", "fullname", "studentname"],
        ["证件类型", "证件种类", "证件名称", "certificatetype", "idtype", "documenttype"],
        ["证件号码", "证件号", "身份证号", "身份证号码", "身份证件号码", "身份证", "idnumber", "idno", "id", "certificatenumber", "documentnumber"],
        ["手机号", "手机号码", "手机", "移动电话", "mobile", "mobilenumber", "mobilephone", "phone", "phonenumber"],
        ["邮箱", "电子邮箱", "电子邮件", "邮件", "email", "mail", "emailaddress"],
    ];

    /// <summary>The ordinal of each column in <paramref name="header"/> (-1 when absent); the first matching cell wins.</summary>
    internal static int[] Map(string[] header, RosterOptions options)
    {
        int[] ordinals = [.. Enumerable.Repeat(-1, ColumnCount)];
        for (int c = 0; c < ColumnCount; c++)
        {
            string[] names = options.ColumnNames is { } custom && custom.TryGetValue((RosterColumn)c, out string? name)
                ? [Fold(name)]
                : BuiltIn[c];
            for (int i = 0; i < header.Length && ordinals[c] < 0; i++)
            {
                string folded = Fold(header[i]);
                if (Array.IndexOf(names, folded) >= 0 && Array.IndexOf(ordinals, i) < 0)
                {
                    ordinals[c] = i;
                }
            }
        }

        return ordinals;
    }

    /// <summary>The header text folded for comparison.</summary>
    internal static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = new StringBuilder(Math.Min(text.Length, 64));
        foreach (char raw in text.AsSpan(0, Math.Min(text.Length, 256)))
        {
            char c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '*' or ':' or '：' or '\uFEFF' or '\u200B')
            {
                continue;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    private static readonly Dictionary<string, CertificateType> TypeNames = BuildTypeNames();

    private static Dictionary<string, CertificateType> BuildTypeNames()
    {
        var names = new Dictionary<string, CertificateType>(StringComparer.Ordinal);
        foreach (CertificateType type in CertificateTypes.All)
        {
            names[Fold(type.ChineseName())] = type;
            names[Fold(type.EnglishName())] = type;
            names[Fold(type.ToString())] = type;
        }

        (string Name, CertificateType Type)[] aliases =
        [
            ("身份证", CertificateType.ResidentIdCard), ("二代身份证", CertificateType.ResidentIdCard), ("居民身份证号码", CertificateType.ResidentIdCard),
            ("idcard", CertificateType.ResidentIdCard), ("居住证", CertificateType.ResidencePermit), ("港澳台居住证", CertificateType.ResidencePermit),
            ("外国人永久居留证", CertificateType.ForeignPermanentResidentId), ("永居证", CertificateType.ForeignPermanentResidentId),
            ("港澳通行证", CertificateType.HongKongMacaoTravelPermit), ("回乡证", CertificateType.HongKongMacaoTravelPermit),
            ("港澳居民来往内地通行证", CertificateType.HongKongMacaoTravelPermit), ("台胞证", CertificateType.TaiwanTravelPermit),
            ("台湾居民来往大陆通行证", CertificateType.TaiwanTravelPermit), ("其它", CertificateType.Other),
        ];
        foreach ((string name, CertificateType type) in aliases)
        {
            names[Fold(name)] = type;
        }

        return names;
    }

    /// <summary>The certificate type a cell names, or null.</summary>
    internal static CertificateType? ParseType(string text) =>
        TypeNames.TryGetValue(Fold(text), out CertificateType type) ? type : null;
}
