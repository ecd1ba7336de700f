namespace ChsiValidation.DataAnnotations;

/// <summary>
/// Reads the lists an attribute takes as strings (attribute arguments can only be constants) into the values its
/// options take. Bounds are checked here and by the options themselves, when the attribute is created: a bad entry
/// throws <see cref="ArgumentOutOfRangeException"/> naming its index, and its text is shown cut to a few characters so
/// that a huge value does not make a huge message.
/// </summary>
internal static class AttributeLists
{
    private const int ShownLength = 24;

    /// <summary>Six-digit address codes, as <see cref="IdNumberOptions.AdditionalRegionCodes"/> takes them.</summary>
    internal static int[] RegionCodes(string[] entries, string name)
    {
        OptionBounds.Check(entries.Length, 0, IdNumberOptions.MaxAdditionalRegionCodes, name + ".Length");
        var codes = new int[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            string? entry = entries[i];
            if (entry is not { Length: 6 } || entry.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                throw Bad(name, i, entry, "six ASCII digits, an address code such as 500157");
            }

            codes[i] = int.Parse(entry, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        }

        return codes;
    }

    /// <summary>
    /// Prefixes as <see cref="MobileNumberOptions.AdditionalPrefixes"/> takes them, from <c>"1619"</c> (a public mobile
    /// range) or <c>"1349:Satellite"</c> (digits, a colon and one kind's name, case ignored).
    /// </summary>
    internal static MobilePrefix[] MobilePrefixes(string[] entries, string name)
    {
        OptionBounds.Check(entries.Length, 0, MobileNumberOptions.MaxAdditionalPrefixes, name + ".Length");
        var prefixes = new MobilePrefix[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            string? entry = entries[i];
            int colon = entry?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            string? digits = colon < 0 ? entry : entry![..colon];
            if (digits is not { Length: >= 3 and <= 10 } || digits[0] != '1' || digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                throw Bad(name, i, entry, "3 to 10 ASCII digits starting with 1, optionally followed by ':' and a kind (\"1349:Satellite\")");
            }

            MobileNumberKind kind = colon < 0 ? MobileNumberKind.PublicMobile : KindNamed(entry.AsSpan(colon + 1));
            if (kind == MobileNumberKind.None)
            {
                throw Bad(name, i, entry, "a prefix whose kind after ':' is PublicMobile, Satellite, DataOnly or Iot");
            }

            prefixes[i] = new MobilePrefix(digits, kind);
        }

        return prefixes;
    }

    private static MobileNumberKind KindNamed(ReadOnlySpan<char> text) =>
        text.Equals(nameof(MobileNumberKind.PublicMobile), StringComparison.OrdinalIgnoreCase) ? MobileNumberKind.PublicMobile
        : text.Equals(nameof(MobileNumberKind.Satellite), StringComparison.OrdinalIgnoreCase) ? MobileNumberKind.Satellite
        : text.Equals(nameof(MobileNumberKind.DataOnly), StringComparison.OrdinalIgnoreCase) ? MobileNumberKind.DataOnly
        : text.Equals(nameof(MobileNumberKind.Iot), StringComparison.OrdinalIgnoreCase) ? MobileNumberKind.Iot
        : MobileNumberKind.None;

    private static ArgumentOutOfRangeException Bad(string name, int index, string? entry, string what)
    {
        string shown = entry is null ? "null" : entry.Length <= ShownLength ? entry : string.Concat(entry.AsSpan(0, ShownLength), "…");
        return new ArgumentOutOfRangeException(name, shown, $"{name}[{index}] must be {what}.");
    }
}
