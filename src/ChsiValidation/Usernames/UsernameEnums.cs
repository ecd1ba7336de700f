namespace ChsiValidation;

/// <summary>What a CHSI username is: the mobile number, ID number or email address used at registration (CHSI FAQ item 1).</summary>
public enum UsernameKind
{
    /// <summary>None of the three valid forms (see <see cref="UsernameResult.Error"/>).</summary>
    Invalid = 0,

    /// <summary>A valid mainland mobile number.</summary>
    Mobile,

    /// <summary>A valid ID number (resident ID card and the cards sharing its layout).</summary>
    IdNumber,

    /// <summary>A valid email address.</summary>
    Email,
}

/// <summary>Why a username was rejected. Stable: error codes and translations key on these names.</summary>
public enum UsernameError
{
    /// <summary>The username is valid.</summary>
    None = 0,

    /// <summary>
    /// The input is <see langword="null"/>, empty or only spaces (U+0020, NBSP U+00A0, ideographic space U+3000), as in
    /// every rule. A tab, line break or other whitespace is a character, read like any other: see <see cref="NotRecognized"/>.
    /// </summary>
    Empty,

    /// <summary>
    /// The input looks like none of the three forms (e.g. a nickname such as <c>zhangsan</c>), including input of only
    /// tabs or line breaks and a number that a tab or line break precedes. A tab inside or after a number, or in an
    /// address, is reported by that form's rule instead (<see cref="InvalidMobileNumber"/> with
    /// <see cref="MobileNumberError.InvalidCharacter"/> at the tab, for example).
    /// </summary>
    NotRecognized,

    /// <summary>The input looks like a mobile number but is not valid; <see cref="UsernameResult.Mobile"/> holds the reason.</summary>
    InvalidMobileNumber,

    /// <summary>The input looks like an ID number but is not valid; <see cref="UsernameResult.IdNumber"/> holds the reason.</summary>
    InvalidIdNumber,

    /// <summary>The input has an '@' but is not a valid email address; <see cref="UsernameResult.Email"/> holds the reason.</summary>
    InvalidEmail,
}
