namespace ChsiValidation;

/// <summary>
/// A prefix a caller adds to the allocation table (<see cref="MobileNumberOptions.AdditionalPrefixes"/>), for a range
/// allocated after <see cref="MobileNumber.AllocationAsOf"/>.
/// </summary>
/// <param name="Prefix">The leading digits of the 11-digit numbers, 3 to 10 ASCII digits starting with 1 (e.g. "1619").</param>
/// <param name="Kind">Exactly one kind: <see cref="MobileNumberKind.PublicMobile"/>, <see cref="MobileNumberKind.Satellite"/>,
/// <see cref="MobileNumberKind.DataOnly"/> or <see cref="MobileNumberKind.Iot"/>.</param>
/// <param name="Carrier">The holder of the range, reported as <see cref="MobileNumberResult.Carrier"/>.</param>
public readonly record struct MobilePrefix(string Prefix, MobileNumberKind Kind, MobileCarrier Carrier = MobileCarrier.Unknown);

/// <summary>Options of <see cref="MobileNumber.Validate(string?, MobileNumberOptions?)"/>. Immutable; <see cref="Default"/> is shared.</summary>
public sealed record MobileNumberOptions
{
    /// <summary>The most prefixes <see cref="AdditionalPrefixes"/> takes.</summary>
    public const int MaxAdditionalPrefixes = 1000;

    /// <summary>The defaults: every kind accepted, no added prefixes.</summary>
    public static MobileNumberOptions Default { get; } = new();

    /// <summary>
    /// The kinds of number the form accepts; another allocated kind is rejected with
    /// <see cref="MobileNumberError.KindNotAccepted"/>. Default <see cref="MobileNumberKind.All"/>: a person who holds a
    /// satellite or data-only number (1349, 1740x, 1749, 145, 147, 149) can register. A form that must reach the person
    /// by voice call can set <see cref="MobileNumberKind.PublicMobile"/>. Setting it to <see cref="MobileNumberKind.None"/>
    /// or to undefined bits throws <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public MobileNumberKind AcceptedKinds
    {
        get => acceptedKinds;
        init
        {
            if (value == MobileNumberKind.None || (value & ~MobileNumberKind.All) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(AcceptedKinds), value,
                    $"{nameof(AcceptedKinds)} must combine one or more of PublicMobile, Satellite, DataOnly and Iot.");
            }

            acceptedKinds = value;
        }
    }

    private readonly MobileNumberKind acceptedKinds = MobileNumberKind.All;

    /// <summary>
    /// Prefixes accepted beyond the allocation table, for ranges allocated after <see cref="MobileNumber.AllocationAsOf"/>,
    /// without waiting for a release. Read only when the table has no allocation for the number (they add, never
    /// reclassify); when several match, the longest wins. Default empty. Setting it throws
    /// <see cref="ArgumentNullException"/> for <see langword="null"/> and <see cref="ArgumentOutOfRangeException"/> for
    /// more than <see cref="MaxAdditionalPrefixes"/> prefixes, a prefix that is not 3–10 ASCII digits starting with 1, a
    /// kind that is not exactly one <see cref="MobileNumberKind"/>, or an undefined carrier.
    /// </summary>
    public IReadOnlyList<MobilePrefix> AdditionalPrefixes
    {
        get => additionalPrefixesView;
        init
        {
            additionalPrefixes = Checked(value);
            additionalPrefixesView = Array.AsReadOnly(additionalPrefixes);
        }
    }

    // A checked copy read by the rule, and the read-only view the getter hands out (so that no caller can put an
    // unchecked prefix into it). Shared empty instances by default, so that records built from the defaults compare equal.
    private readonly MobilePrefix[] additionalPrefixes = [];
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<MobilePrefix> additionalPrefixesView =
        System.Collections.ObjectModel.ReadOnlyCollection<MobilePrefix>.Empty;

    /// <summary>
    /// The longest of <see cref="AdditionalPrefixes"/> that starts <paramref name="digits"/> (11 ASCII digits), without
    /// allocating.
    /// </summary>
    internal bool TryMatchAdditional(ReadOnlySpan<char> digits, out MobileNumberKind kind, out MobileCarrier carrier)
    {
        kind = MobileNumberKind.None;
        carrier = MobileCarrier.Unknown;
        int best = 0;
        foreach (MobilePrefix prefix in additionalPrefixes)
        {
            if (prefix.Prefix.Length > best && digits.StartsWith(prefix.Prefix, StringComparison.Ordinal))
            {
                best = prefix.Prefix.Length;
                kind = prefix.Kind;
                carrier = prefix.Carrier;
            }
        }

        return best > 0;
    }

    private static MobilePrefix[] Checked(IReadOnlyList<MobilePrefix> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes, nameof(AdditionalPrefixes));
        OptionBounds.Check(prefixes.Count, 0, MaxAdditionalPrefixes, nameof(AdditionalPrefixes) + ".Count");
        var copy = new MobilePrefix[prefixes.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            MobilePrefix prefix = prefixes[i];
            if (prefix.Prefix is not { Length: >= 3 and <= 10 } digits || digits[0] != '1' || digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                throw new ArgumentOutOfRangeException(nameof(AdditionalPrefixes), prefix.Prefix,
                    $"{nameof(MobilePrefix.Prefix)} must be 3 to 10 ASCII digits starting with 1.");
            }

            if (prefix.Kind is not (MobileNumberKind.PublicMobile or MobileNumberKind.Satellite or MobileNumberKind.DataOnly or MobileNumberKind.Iot))
            {
                throw new ArgumentOutOfRangeException(nameof(AdditionalPrefixes), prefix.Kind,
                    $"{nameof(MobilePrefix.Kind)} must be exactly one of PublicMobile, Satellite, DataOnly and Iot.");
            }

            if (!Enum.IsDefined(prefix.Carrier))
            {
                throw new ArgumentOutOfRangeException(nameof(AdditionalPrefixes), prefix.Carrier,
                    $"{nameof(MobilePrefix.Carrier)} must be a defined {nameof(MobileCarrier)}.");
            }

            copy[i] = prefix;
        }

        return copy;
    }
}
