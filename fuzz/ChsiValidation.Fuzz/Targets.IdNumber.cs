namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    // Default rules, and each option that changes a code path (strict folding, first generation, region levels).
    private static readonly IdNumberOptions[] IdNumberOptionSets =
    [
        new() { TimeProvider = Clock },
        new() { TimeProvider = Clock, Strict = true },
        new() { TimeProvider = Clock, AllowFirstGeneration = true, EarliestBirthDate = new DateOnly(1800, 1, 1) },
        new() { TimeProvider = Clock, RegionCheck = RegionCheck.KnownCode },
        new() { TimeProvider = Clock, RegionCheck = RegionCheck.None },
    ];

    /// <summary>IdNumber.Validate / IsValid / TryUpgradeFirstGeneration / TryComputeCheckCharacter.</summary>
    internal static void IdNumberTarget(string? input)
    {
        foreach (IdNumberOptions options in IdNumberOptionSets)
        {
            IdNumberResult result = Check.Deterministic(() => IdNumber.Validate(input, options));
            CheckIdNumberResult(input, options, result);
            Check.Same(result.IsValid, IdNumber.IsValid(input.AsSpan(), options));
        }

        Check.Same(IdNumber.Validate(input, IdNumberOptions.Default).IsValid, IdNumber.IsValid(input.AsSpan()));
        CheckUpgrade(input);

        bool computed = IdNumber.TryComputeCheckCharacter(input.AsSpan(), out char check);
        Check.That(computed == (input is { Length: 17 } && input.All(char.IsAsciiDigit)));
        Check.That(!computed || (check is (>= '0' and <= '9') or 'X' && IdNumber.ComputeCheckCharacter(input) == check));
    }

    private static void CheckIdNumberResult(string? input, IdNumberOptions options, IdNumberResult r)
    {
        // IsValid ⇔ Error == None: a result from Validate is never the "not validated" default.
        Check.That(r.IsValid == (r.Error == IdNumberError.None));
        Check.That(Enum.IsDefined(r.Error) && Enum.IsDefined(r.Kind) && Enum.IsDefined(r.Gender));

        bool positional = r.Error is IdNumberError.InvalidCharacter or IdNumberError.NotCanonical or IdNumberError.MisplacedSpace;
        Check.That(positional ? input is not null && r.ErrorPosition >= 0 && r.ErrorPosition < input.Length : r.ErrorPosition == -1);
        Check.That(r.Error != IdNumberError.MisplacedSpace || input![r.ErrorPosition] is ' ' or '\u00A0' or '\u3000');

        // Empty: nothing but the spaces the rule removes (within the input bound).
        bool onlySpaces = input is null || (input.Length <= 40 && !input.AsSpan().ContainsAnyExcept(" \u00A0\u3000"));
        Check.That((r.Error == IdNumberError.Empty) == onlySpaces);

        bool unfolded = positional || r.Error is IdNumberError.Empty or IdNumberError.InvalidLength;
        Check.That(unfolded == (r.Normalized is null));
        if (r.Normalized is not { } normalized)
        {
            return;
        }

        // Canonical form: 18 ASCII digits (X only last) or 15 digits.
        Check.That(normalized.Length is IdNumber.Length or IdNumber.FirstGenerationLength);
        Check.That(normalized.AsSpan(0, normalized.Length - 1).IndexOfAnyExceptInRange('0', '9') < 0);
        Check.That(char.IsAsciiDigit(normalized[^1]) || (normalized[^1] == 'X' && normalized.Length == IdNumber.Length));
        Check.That(r.WasNormalized == !ReferenceEquals(normalized, input));

        // Normalized re-validates to the same verdict and facts, with nothing left to fold.
        IdNumberResult again = IdNumber.Validate(normalized, options);
        Check.Same(r with { Changes = IdNumberChanges.None }, again);

        // Strict rejects exactly what default folding had to change.
        IdNumberResult strict = IdNumber.Validate(input, options with { Strict = true });
        Check.That(r.WasNormalized ? strict.Error == IdNumberError.NotCanonical : strict == r);

        if (r.IsValid)
        {
            Check.That(r.BirthDate is not null && r.Gender != Gender.Unknown && r.Kind != IdNumberKind.Unknown);
            Check.That(normalized.Length == IdNumber.FirstGenerationLength
                || IdNumber.ComputeCheckCharacter(normalized.AsSpan(0, 17)) == normalized[17]);
        }

        if (r.Error == IdNumberError.ChecksumMismatch)
        {
            // Putting the expected check character in place makes the number valid.
            Check.That(r.ExpectedCheckCharacter is { } expected && expected != normalized[17]);
            Check.That(IdNumber.Validate(normalized[..17] + r.ExpectedCheckCharacter, options).IsValid);
        }

        if (r.Kind == IdNumberKind.FirstGeneration && r.BirthDate is not null)
        {
            // The offered upgrade is what TryUpgradeFirstGeneration gives, which also wants a province code, and it is a
            // valid 18-digit number.
            bool province = IdNumber.Validate(input, options with { RegionCheck = RegionCheck.Province }).Error != IdNumberError.UnknownRegion;
            bool upgradedToo = IdNumber.TryUpgradeFirstGeneration(input, out string? upgraded);
            Check.That(upgradedToo == province && (!upgradedToo || upgraded == r.Upgraded));
            IdNumberResult second = IdNumber.Validate(r.Upgraded, options);
            Check.That(second.IsValid || options.RegionCheck == RegionCheck.None || r.Error != IdNumberError.None);
            Check.That(second.Error is not (IdNumberError.ChecksumMismatch or IdNumberError.InvalidBirthDate));
        }
    }

    private static void CheckUpgrade(string? input)
    {
        bool upgraded = Check.Deterministic(() => IdNumber.TryUpgradeFirstGeneration(input, out string? u) ? u : null) is { } number;
        Span<char> destination = stackalloc char[IdNumber.Length];
        bool spanUpgraded = IdNumber.TryUpgradeFirstGeneration(input.AsSpan(), destination, out int written);
        Check.Same(upgraded, spanUpgraded);
        Check.That(written == (spanUpgraded ? IdNumber.Length : 0));
        Check.That(!IdNumber.TryUpgradeFirstGeneration(input.AsSpan(), stackalloc char[IdNumber.Length - 1], out int none) && none == 0);
        if (!upgraded)
        {
            return;
        }

        string result = new(destination);
        Check.That(IdNumber.ComputeCheckCharacter(result.AsSpan(0, 17)) == result[17] && result[6..8] == "19");
        string? folded = IdNumber.Validate(input, new IdNumberOptions { TimeProvider = Clock, RegionCheck = RegionCheck.None }).Normalized;
        Check.That(folded is { Length: IdNumber.FirstGenerationLength } && result == folded[..6] + "19" + folded[6..] + result[17]);
    }
}
