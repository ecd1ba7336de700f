using System.Globalization;
using System.Text;

namespace ChsiValidation;

/// <summary>
/// The built-in texts for every error code, in Simplified Chinese (zh-Hans) and English, written for the person filling
/// the form. Templates use FluentValidation's placeholder syntax (<c>{PropertyName}</c>, <c>{ExpectedCheckCharacter}</c>)
/// so one table serves FluentValidation, DataAnnotations and plain callers (<see cref="Format"/>).
/// </summary>
/// <remarks>
/// Chinese texts are chosen for any <c>zh</c> culture (zh-CN, zh-Hans, zh-TW, ...), by the culture's name only (no
/// culture data is loaded); English for every other culture, and for the invariant culture unless
/// <see cref="InvariantCultureLanguage"/> says otherwise. The FluentValidation package looks up its <c>LanguageManager</c> before these tables, so
/// <c>AddTranslation</c> overrides them there.
/// </remarks>
public static partial class ValidationMessages
{
    private static readonly Dictionary<string, (string Zh, string En)> Table = Build();

    /// <summary>Every error code that has built-in texts.</summary>
    public static IEnumerable<string> KnownErrorCodes => Table.Keys;

    /// <summary>
    /// The built-in template for <paramref name="errorCode"/> in <paramref name="culture"/> (default: the current UI
    /// culture), or <see langword="null"/> for an unknown code.
    /// </summary>
    public static string? GetTemplate(string errorCode, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        if (!Table.TryGetValue(errorCode, out (string Zh, string En) texts))
        {
            return null;
        }

        return IsChinese(culture ?? CultureInfo.CurrentUICulture) ? texts.Zh : texts.En;
    }

    /// <summary>
    /// Replaces each <c>{Name}</c> in <paramref name="template"/> with the value of the argument of that name
    /// (formatted with <paramref name="culture"/>); unknown placeholders are left as they are.
    /// </summary>
    public static string Format(string template, IReadOnlyDictionary<string, object?> arguments, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(arguments);
        culture ??= CultureInfo.CurrentCulture;
        var builder = new StringBuilder(template.Length + 16);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            string name = template.Substring(open + 1, close - open - 1);
            if (arguments.TryGetValue(name, out object? value))
            {
                builder.Append(Convert.ToString(value, culture));
            }
            else
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>The template for <paramref name="errorCode"/> in <paramref name="culture"/>, formatted with <paramref name="arguments"/>.</summary>
    /// <returns>The message, or <paramref name="errorCode"/> itself when it has no built-in text.</returns>
    public static string GetMessage(string errorCode, IReadOnlyDictionary<string, object?> arguments, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        string? template = GetTemplate(errorCode, culture);
        return template is null ? errorCode : Format(template, arguments, culture);
    }

    /// <summary>
    /// The language of the messages for the invariant culture. Default <see cref="MessageLanguage.English"/>.
    /// </summary>
    /// <remarks>
    /// An app published with <c>InvariantGlobalization=true</c> (common for WebAssembly and mobile apps to save their
    /// size) has no culture but the invariant one: creating <c>zh-CN</c> throws <see cref="CultureNotFoundException"/>
    /// unless it also sets <c>PredefinedCulturesOnly=false</c>. Such an app chooses its users' language here, once at
    /// start-up: <c>ValidationMessages.InvariantCultureLanguage = MessageLanguage.SimplifiedChinese;</c>. It applies to
    /// every front end (the rules' messages, the FluentValidation and DataAnnotations adapters).
    /// </remarks>
    public static MessageLanguage InvariantCultureLanguage { get; set; } = MessageLanguage.English;

    /// <summary>
    /// <see langword="true"/> when messages for <paramref name="culture"/> are Chinese: any Chinese culture (the neutral
    /// <c>zh</c> and all its children, read from the name alone), and the invariant culture when
    /// <see cref="InvariantCultureLanguage"/> is <see cref="MessageLanguage.SimplifiedChinese"/>.
    /// </summary>
    public static bool IsChinese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.Length == 0
            ? InvariantCultureLanguage == MessageLanguage.SimplifiedChinese
            : culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly Dictionary<string, HashSet<string>> Placeholders = IndexPlaceholders();

    /// <summary>
    /// The placeholders (other than <c>PropertyName</c>) that the zh-Hans or en text of <paramref name="errorCode"/> names;
    /// empty for an unknown code.
    /// </summary>
    public static IReadOnlySet<string> PlaceholdersOf(string errorCode)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        return Placeholders.TryGetValue(errorCode, out HashSet<string>? names) ? names : [];
    }

    private static Dictionary<string, HashSet<string>> IndexPlaceholders()
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach ((string code, (string zh, string en)) in Table)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (string text in (ReadOnlySpan<string>)[zh, en])
            {
                for (int open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', open + 1))
                {
                    int close = text.IndexOf('}', open + 1);
                    if (close > open + 1)
                    {
                        names.Add(text.Substring(open + 1, close - open - 1));
                    }
                }
            }

            names.Remove("PropertyName");
            index[code] = names;
        }

        return index;
    }

    private static Dictionary<string, (string Zh, string En)> Build()
    {
        var table = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal);
        AddIdNumberMessages(table);
        AddPersonNameMessages(table);
        AddContactMessages(table);
        AddCertificateMessages(table);
        AddFormMessages(table);
        return table;
    }

    // Each domain adds its texts in its own file (Messages/ValidationMessages.<Domain>.cs).
    static partial void AddIdNumberMessages(Dictionary<string, (string Zh, string En)> table);

    static partial void AddPersonNameMessages(Dictionary<string, (string Zh, string En)> table);

    static partial void AddContactMessages(Dictionary<string, (string Zh, string En)> table);

    static partial void AddCertificateMessages(Dictionary<string, (string Zh, string En)> table);

    static partial void AddFormMessages(Dictionary<string, (string Zh, string En)> table);
}
