namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    private static readonly IdNumberMaskOptions MaskIdOptions = new() { Validation = new IdNumberOptions { TimeProvider = Clock } };

    private static readonly CertificateNumberMaskOptions MaskCertificateOptions = new()
    {
        Validation = new CertificateNumberOptions { IdNumber = new IdNumberOptions { TimeProvider = Clock } },
    };

    /// <summary>
    /// Mask.* for every kind (and every certificate type): the span form writes what the string form returns; a value its
    /// rule accepts shows only the kept characters of its canonical form, at least one hidden; a value its rule rejects is
    /// the fixed run of '*'.
    /// </summary>
    internal static void MaskTarget(string? input)
    {
        IdNumberResult id = IdNumber.Validate(input, MaskIdOptions.Validation);
        CheckMask(input, Check.Deterministic(() => Mask.IdNumber(input, MaskIdOptions)), id.IsValid ? id.Normalized : null, 6, 4, 18, TypedText(input, 40));
        CheckSpanMask(input, Mask.IdNumber(input, MaskIdOptions), (s, d) => (Mask.TryIdNumber(s, d, out int n, MaskIdOptions), n));

        MobileNumberResult mobile = MobileNumber.Validate(input);
        CheckMask(input, Check.Deterministic(() => Mask.MobileNumber(input)), mobile.IsValid ? mobile.Normalized : null, 3, 4, 11, TypedText(input, 40));
        CheckSpanMask(input, Mask.MobileNumber(input), (s, d) => (Mask.TryMobileNumber(s, d, out int n), n));

        PersonNameResult name = PersonName.Validate(input);
        // A compound surname (欧阳娜娜 → 欧阳**) is kept whole in place of the last character: the oracle has no table, so
        // it takes either the first and last kept or, for a name of three or more, the first two.
        CheckMask(input, Check.Deterministic(() => Mask.PersonName(input)), name.IsValid ? name.Normalized : null, 1, 1, 3, TypedText(input, 2064), orFirst: 2);
        CheckSpanMask(input, Mask.PersonName(input), (s, d) => (Mask.TryPersonName(s, d, out int n), n));

        string email = Check.Deterministic(() => Mask.Email(input));
        EmailResult address = Email.Validate(input, EmailMaskOptions.Default.Validation);
        Check.That(address.IsValid
            ? email.EndsWith(address.Normalized![address.Normalized!.LastIndexOf('@')..], StringComparison.Ordinal) && email.Contains("***", StringComparison.Ordinal)
            : email == (TypedText(input, 1024) ? "" : "***"));
        CheckSpanMask(input, email, (s, d) => (Mask.TryEmail(s, d, out int n), n));

        foreach (CertificateType type in CertificateTypes.All)
        {
            CertificateNumberResult certificate = CertificateNumber.Validate(type, input, MaskCertificateOptions.Validation);
            bool idRules = certificate.IdNumber is { IsValid: true };
            string masked = Check.Deterministic(() => Mask.CertificateNumber(type, input, MaskCertificateOptions));
            CheckMask(input, masked, certificate.IsValid ? certificate.Normalized : null, idRules ? 6 : 1, idRules ? 4 : 3, 18, TypedText(input, 2064));
            CheckSpanMask(input, masked, (s, d) => (Mask.TryCertificateNumber(type, s, d, out int n, MaskCertificateOptions), n));
        }
    }

    // Nothing typed: empty or the spaces the rules trim, and not longer than the rule reads.
    private static bool TypedText(string? input, int longest) =>
        input is null || (input.Length <= longest && input.All(c => c is ' ' or '\u00A0' or '\u3000'));

    private static void CheckMask(string? input, string masked, string? canonical, int keepFirst, int keepLast, int whole, bool blank, int orFirst = 0)
    {
        if (canonical is null)
        {
            Check.That(masked == (blank ? "" : new string('*', whole)));
            return;
        }

        int[] value = [.. canonical.EnumerateRunes().Select(r => r.Value)];
        int[] shown = [.. masked.EnumerateRunes().Select(r => r.Value)];
        Check.That(value.Length == shown.Length);
        Check.That(Shows(value, shown, keepFirst, keepLast) || (orFirst > 0 && value.Length > orFirst && Shows(value, shown, orFirst, 0)));
    }

    /// <summary>Whether <paramref name="shown"/> is <paramref name="value"/> with its first and last characters kept and the others '*'.</summary>
    private static bool Shows(int[] value, int[] shown, int keepFirst, int keepLast)
    {
        int first = Math.Min(keepFirst, value.Length - 1);
        int last = Math.Min(keepLast, value.Length - 1 - first);
        for (int i = 0; i < value.Length; i++)
        {
            bool kept = i < first || i >= value.Length - last;
            if (kept ? shown[i] != value[i] : shown[i] != '*')
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckSpanMask(string? input, string masked, Func<string, char[], (bool Done, int Written)> tryMask)
    {
        string text = input ?? "";
        (bool done, int written) = tryMask(text, new char[masked.Length]);
        Check.That(done && written == masked.Length);
        char[] exact = new char[masked.Length];
        tryMask(text, exact);
        Check.That(new string(exact) == masked);
        if (masked.Length > 0)
        {
            (bool tooSmall, int none) = tryMask(text, new char[masked.Length - 1]);
            Check.That(!tooSmall && none == 0);
        }
    }
}
