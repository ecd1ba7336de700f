namespace ChsiValidation;

/// <summary>The languages of the built-in messages (<see cref="ValidationMessages"/>).</summary>
public enum MessageLanguage
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Simplified Chinese (zh-Hans).</summary>
    SimplifiedChinese = 1,
}
