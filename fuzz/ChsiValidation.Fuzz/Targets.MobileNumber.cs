namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    /// <summary>MobileNumber.Validate / IsValid / IsMobileRange.</summary>
    internal static void MobileNumberTarget(string? input)
    {
        MobileNumberResult r = Check.Deterministic(() => MobileNumber.Validate(input));
        Check.That(r.IsValid == (r.Error == MobileNumberError.None));
        Check.That(Enum.IsDefined(r.Error) && Enum.IsDefined(r.Carrier));
        Check.Same(r.IsValid, MobileNumber.IsValid(input.AsSpan()));
        Check.Same(r.IsValid ? MobileNumber.CountryPrefix + r.Normalized : null, r.E164);
        Check.Same(input is { Length: MobileNumber.Length } && r.IsValid && !r.WasNormalized, MobileNumber.IsMobileRange(input.AsSpan()));

        Check.That(r.Error == MobileNumberError.InvalidCharacter
            ? input is not null && r.ErrorPosition >= 0 && r.ErrorPosition < input.Length && !char.IsAsciiDigit(input[r.ErrorPosition])
            : r.ErrorPosition == -1);
        Check.That(r.IsValid || r.Carrier == MobileCarrier.Unknown);

        // Every kind is accepted by default, so a kind is reported exactly for valid numbers.
        Check.That((r.Kind != MobileNumberKind.None) == r.IsValid && Enum.IsDefined(r.Kind));

        // A canonical number exists exactly when 11 digits were found; it is a fixed point of Validate.
        Check.That((r.Normalized is not null) == (r.Error is MobileNumberError.None or MobileNumberError.NotMobile));
        if (r.Normalized is not { } normalized)
        {
            Check.That(r.Changes == MobileNumberChanges.None || r.Error == MobileNumberError.None);
            return;
        }

        // NotMobile keeps any 11 digits (31161480013, found by afl); a valid number starts with 1.
        Check.That(normalized.Length == MobileNumber.Length && !normalized.AsSpan().ContainsAnyExceptInRange('0', '9'));
        Check.That(!r.IsValid || normalized[0] == '1');
        Check.That(r.WasNormalized == !ReferenceEquals(normalized, input));
        Check.Same(r.IsValid, MobileNumber.IsMobileRange(normalized));
        MobileNumberResult again = MobileNumber.Validate(normalized);
        Check.That(ReferenceEquals(again.Normalized, normalized) && again.Changes == MobileNumberChanges.None);
        Check.Same(r with { Changes = MobileNumberChanges.None }, again);

        // The international forms of the canonical number mean the same number.
        Check.Same(again, MobileNumber.Validate("+86" + normalized) with { Normalized = normalized, Changes = MobileNumberChanges.None });
    }
}
