using System.Globalization;

namespace ChsiValidation.FluentValidation.Tests;

/// <summary>Sets the current (UI) culture for a test and restores it. Tests that touch the global LanguageManager are in the "Language" collection.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}

/// <summary>Serialises the tests that read or change FluentValidation's global language manager.</summary>
[CollectionDefinition("Language", DisableParallelization = true)]
public sealed class LanguageCollection;
