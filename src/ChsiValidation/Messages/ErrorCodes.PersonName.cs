namespace ChsiValidation;

public static partial class ErrorCodes
{
    /// <summary>The prefix of personal-name codes.</summary>
    public const string PersonNamePrefix = "ChsiPersonName.";

    /// <summary>The code of the rare-character finding (<see cref="PersonNameError.RareCharacter"/>): <c>ChsiPersonName.RareCharacter</c>.</summary>
    public const string PersonNameRareCharacter = PersonNamePrefix + nameof(PersonNameError.RareCharacter);

    private static readonly string[] PersonNameCodes = Codes<PersonNameError>(PersonNamePrefix);

    /// <summary>The error code of a name failure, e.g. <c>ChsiPersonName.TooShort</c>.</summary>
    public static string Of(PersonNameError error) => PersonNameCodes[(int)error];
}
