using System.Globalization;
using FluentValidation;

namespace ChsiValidation.FluentValidation;

/// <summary>
/// Resolves the message template of an error code: FluentValidation's <c>LanguageManager</c> first (so
/// <c>ValidatorOptions.Global.LanguageManager.AddTranslation(culture, errorCode, text)</c> overrides our text), then the
/// built-in zh-Hans/en tables of <see cref="ValidationMessages"/>. The global LanguageManager is read, never replaced.
/// </summary>
public static class ChsiLanguage
{
    // In invariant-globalization mode (InvariantGlobalization=true, common in WebAssembly and mobile apps) culture data
    // cannot be loaded and GetCultureInfo("en") throws; the invariant culture then stands for English.
    private static readonly CultureInfo English = LoadEnglish();

    private static CultureInfo LoadEnglish()
    {
        try
        {
            return CultureInfo.GetCultureInfo("en");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>The culture messages are produced in: the LanguageManager's <c>Culture</c> when set, else the current UI culture.</summary>
    public static CultureInfo CurrentCulture
    {
        get
        {
            var manager = ValidatorOptions.Global.LanguageManager;
            return !manager.Enabled ? English : manager.Culture ?? CultureInfo.CurrentUICulture;
        }
    }

    /// <summary>The message template for <paramref name="errorCode"/> in <see cref="CurrentCulture"/>.</summary>
    /// <returns>The user's translation, else the built-in text, else <paramref name="errorCode"/> itself.</returns>
    public static string GetTemplate(string errorCode)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        var manager = ValidatorOptions.Global.LanguageManager;
        CultureInfo culture = CurrentCulture;
        string? translated = manager.GetString(errorCode, culture);
        string? builtIn = ValidationMessages.GetTemplate(errorCode, culture);
        if (ValidationMessages.IsChinese(culture))
        {
            // The LanguageManager falls back to its English text when the culture has none; for a Chinese culture our
            // own zh-Hans text is the better answer.
            bool isEnglishFallback = translated == manager.GetString(errorCode, English);
            return !string.IsNullOrEmpty(translated) && (builtIn is null || !isEnglishFallback) ? translated : builtIn ?? errorCode;
        }

        // Any other culture gets our English text, so a user's en translation serves it too: the LanguageManager falls
        // back to English for specific cultures (fr-FR) but not for neutral ones (fr), hence the second look-up.
        if (string.IsNullOrEmpty(translated))
        {
            translated = manager.GetString(errorCode, English);
        }

        return !string.IsNullOrEmpty(translated) ? translated : builtIn ?? errorCode;
    }
}
