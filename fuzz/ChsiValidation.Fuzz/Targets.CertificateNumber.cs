namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    // The fixed clock (birth dates), and a short limit for "other" certificates.
    private static readonly CertificateNumberOptions[] CertificateNumberOptionSets =
    [
        new() { IdNumber = new IdNumberOptions { TimeProvider = Clock } },
        new() { IdNumber = new IdNumberOptions { TimeProvider = Clock, Strict = true }, OtherMaxLength = 5 },
    ];

    /// <summary>CertificateNumber.Validate for every CertificateType (and an undefined one), IsChinesePassportLayout.</summary>
    internal static void CertificateNumberTarget(string? input)
    {
        foreach (CertificateNumberOptions options in CertificateNumberOptionSets)
        {
            foreach (CertificateType type in CertificateTypes.All)
            {
                CertificateNumberResult r = Check.Deterministic(() => CertificateNumber.Validate(type, input, options));
                CheckCertificateNumberResult(type, input, options, r);
            }

            CertificateNumberResult unknown = CertificateNumber.Validate((CertificateType)99, input, options);
            Check.That(unknown.Error is CertificateNumberError.Empty or CertificateNumberError.UnknownType && !unknown.IsValid);
        }

        bool passport = CertificateNumber.IsChinesePassportLayout(input.AsSpan());
        Check.That(!passport || (input!.Length == 9 && CertificateNumber.Validate(CertificateType.Passport, input).IsValid));
    }

    private static void CheckCertificateNumberResult(CertificateType type, string? input, CertificateNumberOptions options, CertificateNumberResult r)
    {
        Check.That(r.IsValid == (r.Error == CertificateNumberError.None));
        Check.That(Enum.IsDefined(r.Error) && r.Type == type && r.Error != CertificateNumberError.UnknownType);
        Check.That(r.ErrorPosition == -1 || (input is not null && r.ErrorPosition >= 0 && r.ErrorPosition < input.Length));
        Check.That(r.ErrorPosition == -1 || r.Error is CertificateNumberError.InvalidCharacter or CertificateNumberError.IdNumberRejected);

        // ID-number rules: the embedded result is IdNumber's own, under the same options.
        bool idRules = type.UsesIdNumberRules();
        if (r.IdNumber is { } id)
        {
            Check.Same(IdNumber.Validate(input, options.IdNumber), id);
            Check.That(idRules || type == CertificateType.ForeignPermanentResidentId);
            Check.That(r.Error == CertificateNumberError.TypeMismatch || ReferenceEquals(id.Normalized, r.Normalized));
        }
        else
        {
            Check.That(!idRules || r.Error == CertificateNumberError.Empty);
        }

        Check.That((r.SuggestedType is not null) == (r.Error == CertificateNumberError.TypeMismatch));
        if (r.SuggestedType is { } suggested)
        {
            // The suggested type accepts the number, and the result holds it in that type's canonical form.
            CertificateNumberResult asSuggested = CertificateNumber.Validate(suggested, input, options);
            Check.That(suggested != type && asSuggested.IsValid && asSuggested.Normalized == r.Normalized);
        }

        Check.That(!r.IsValid || r.Normalized is not null);
        if (r.Normalized is not { } normalized)
        {
            return;
        }

        Check.That(r.WasNormalized == !ReferenceEquals(normalized, input));
        if (!r.IsValid)
        {
            return;
        }

        if (type is not CertificateType.Other)
        {
            Check.That(!normalized.AsSpan().ContainsAnyExcept("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        }

        // The canonical number is a fixed point.
        CertificateNumberResult again = CertificateNumber.Validate(type, normalized, options);
        Check.That(again.IsValid && ReferenceEquals(again.Normalized, normalized) && !again.WasNormalized);
    }
}
