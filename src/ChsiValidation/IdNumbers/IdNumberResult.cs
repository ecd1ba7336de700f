namespace ChsiValidation;

/// <summary>
/// The outcome of <see cref="IdNumber.Validate(string?, IdNumberOptions?)"/>: the verdict, the reason when rejected,
/// the canonical number and the facts the number encodes. A default instance means "not validated" (<see cref="Error"/>
/// is <see cref="IdNumberError.None"/> but <see cref="Kind"/> is <see cref="IdNumberKind.Unknown"/>); use <see cref="IsValid"/>.
/// </summary>
public readonly partial record struct IdNumberResult : IRuleResult
{
    /// <summary><see langword="true"/> when the number passed every check.</summary>
    public bool IsValid => Error == IdNumberError.None && Kind != IdNumberKind.Unknown;

    /// <summary>Why the number was rejected; <see cref="IdNumberError.None"/> when valid.</summary>
    public IdNumberError Error { get; init; }

    /// <summary>
    /// For <see cref="IdNumberError.InvalidCharacter"/>, <see cref="IdNumberError.NotCanonical"/> and
    /// <see cref="IdNumberError.MisplacedSpace"/>: the UTF-16 index of the offending character in the input; otherwise -1.
    /// </summary>
    public int ErrorPosition { get; init; }

    /// <summary>Which card the number belongs to, once its address code was read.</summary>
    public IdNumberKind Kind { get; init; }

    /// <summary>
    /// The canonical number (ASCII digits, upper-case X, no spaces) once the input could be folded to one, also when a
    /// later check failed; <see langword="null"/> when the characters or length were wrong. The same string instance as
    /// the input when the input was already canonical.
    /// </summary>
    public string? Normalized { get; init; }

    /// <summary>What folding the typed input to <see cref="Normalized"/> changed; <see cref="IdNumberChanges.None"/> if nothing.</summary>
    public IdNumberChanges Changes { get; init; }

    /// <summary><see langword="true"/> when <see cref="Changes"/> is not empty: tell the user the number was tidied.</summary>
    public bool WasNormalized => Changes != IdNumberChanges.None;

    /// <summary>
    /// The six-digit address code (GB/T 2260) for resident IDs, permits and first-generation numbers; for a foreign
    /// permanent resident ID the accepting office's province as a six-digit code (e.g. 110000). 0 when unknown.
    /// </summary>
    public int RegionCode { get; init; }

    /// <summary>
    /// The full name of <see cref="RegionCode"/> when <see cref="AdministrativeDivision.TryGetName(int, out string?)"/> knows it
    /// (11010519491231002X → 北京市朝阳区; a foreign permanent resident ID → its office's province; 810000 → 香港特别行政区);
    /// otherwise <see langword="null"/>. Filled by <see cref="IdNumber.Validate(string?, IdNumberOptions?)"/> also when a later
    /// check failed, never when the code itself was rejected (<see cref="IdNumberError.UnknownRegion"/>). An abolished county
    /// is named under its prefecture's newest name.
    /// </summary>
    public string? RegionName { get; init; }

    /// <summary>For a <see cref="IdNumberKind.ForeignPermanentResidentId"/>: the three-digit nationality code; otherwise 0.</summary>
    public int NationalityCode { get; init; }

    /// <summary>The birth date, once it was read and found to be a real date.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>The holder's sex from the sequence code's parity, once the number got that far.</summary>
    public Gender Gender { get; init; }

    /// <summary>For <see cref="IdNumberError.ChecksumMismatch"/>: the check character the first 17 digits call for.</summary>
    public char? ExpectedCheckCharacter { get; init; }

    /// <summary>For a first-generation number: its 18-digit form (century 19 inserted, check character appended).</summary>
    public string? Upgraded { get; init; }


    /// <inheritdoc />
    public string? ErrorCode => Error == IdNumberError.None ? null : ErrorCodes.Of(Error);

    /// <inheritdoc />
    public IReadOnlyList<(string Name, object? Value)> GetMessageArguments(string? input, System.Globalization.CultureInfo? culture = null) =>
        MessageArguments.Select(ErrorCode, MessageArguments.For(input ?? string.Empty, this));

    internal static IdNumberResult Fail(IdNumberError error, int position = -1) =>
        new() { Error = error, ErrorPosition = position };
}
