using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

/// <summary>
/// A mask shows no more of the canonical value than its options keep, and nothing of a rejected one; it never throws.
/// </summary>
public class MaskProperties
{
    private static readonly char[] MaskCharacters = ['*', '#', '•', '×'];

    [Property(MaxTest = 1000)]
    public Property Id_number_mask_reveals_at_most_what_the_options_keep() =>
        Prop.ForAll(IdInput.ToArbitrary(), Keep(18).ToArbitrary(), (input, keep) =>
        {
            (int keepFirst, int keepLast, char mask) = keep;
            var options = new IdNumberMaskOptions { KeepFirst = keepFirst, KeepLast = keepLast, MaskCharacter = mask };
            string masked = Mask.IdNumber(input.Text, options);
            IdNumberResult result = IdNumber.Validate(input.Text);
            bool holds = result.IsValid
                ? RevealsOnlyKept(result.Normalized!, masked, keepFirst, keepLast, mask)
                : masked == (Blank(input.Text, IdNumber.MaxInputLength) ? "" : new string(mask, 18));
            return holds.Classify(result.IsValid, "valid").Classify(!result.IsValid, "rejected").Collect(input.Shape);
        });

    [Property(MaxTest = 1000)]
    public Property Mobile_number_mask_reveals_at_most_what_the_options_keep() =>
        Prop.ForAll(MobileInput.ToArbitrary(), Gen.Choose(0, 11).ToArbitrary(), Gen.Choose(0, 11).ToArbitrary(), (input, keepFirst, keepLast) =>
        {
            var options = new MobileNumberMaskOptions { KeepFirst = keepFirst, KeepLast = keepLast };
            string masked = Mask.MobileNumber(input.Text, options);
            MobileNumberResult result = MobileNumber.Validate(input.Text);
            bool holds = result.IsValid
                ? RevealsOnlyKept(result.Normalized!, masked, keepFirst, keepLast, '*')
                : masked == (Blank(input.Text, MobileNumber.MaxInputLength) ? "" : new string('*', 11));
            return holds.Classify(result.IsValid, "valid").Classify(!result.IsValid, "rejected").Collect(input.Shape);
        });

    [Property(MaxTest = 1000)]
    public Property Name_mask_reveals_at_most_what_the_options_keep() =>
        Prop.ForAll(NameInput.ToArbitrary(), Gen.Choose(0, 4).Two().ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (input, keep, compound) =>
        {
            (int keepFirst, int keepLast) = keep;
            var rules = new PersonNameOptions { AllowLatin = true };
            var options = new PersonNameMaskOptions { KeepFirst = keepFirst, KeepLast = keepLast, Validation = rules, KeepCompoundSurnames = compound };
            string masked = Mask.PersonName(input.Text, options);
            PersonNameResult result = PersonName.Validate(input.Text, rules);

            // A compound surname counts as one kept character, and its second character stands in for one kept at the end.
            bool surname = compound && keepFirst > 0 && result.IsValid && CompoundSurnames.StartsName(result.Normalized);
            (int first, int last) = surname ? (keepFirst + 1, Math.Max(0, keepLast - 1)) : (keepFirst, keepLast);
            bool holds = result.IsValid
                ? RevealsOnlyKept(result.Normalized!, masked, first, last, '*')
                : masked == (Blank(input.Text, 2064) ? "" : "***");
            return holds.Classify(result.IsValid, "valid").Classify(!result.IsValid, "rejected").Classify(surname, "compound surname").Collect(input.Shape);
        });

    [Property(MaxTest = 1000)]
    public Property Email_mask_keeps_the_domain_and_at_most_the_kept_part_of_the_local_part() =>
        Prop.ForAll(EmailInput.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (input, keepFirst, keepLast) =>
        {
            var options = new EmailMaskOptions { KeepFirst = keepFirst, KeepLast = keepLast };
            string masked = Mask.Email(input.Text, options);
            EmailResult result = Email.Validate(input.Text, options.Validation);
            bool holds;
            if (result.IsValid)
            {
                string canonical = result.Normalized!;
                int at = canonical.LastIndexOf('@');
                int maskedAt = masked.LastIndexOf('@');
                string local = canonical[..at];
                string maskedLocal = masked[..maskedAt];
                int shown = maskedLocal.Replace("***", "", StringComparison.Ordinal).Length;
                holds = masked[maskedAt..] == canonical[at..]
                    && maskedLocal.Contains("***", StringComparison.Ordinal)
                    && shown <= Math.Min(keepFirst + keepLast, Math.Max(0, local.Length - 1))
                    && local.StartsWith(maskedLocal[..maskedLocal.IndexOf("***", StringComparison.Ordinal)], StringComparison.Ordinal);
            }
            else
            {
                holds = masked == (Blank(input.Text, Email.MaxInputLength) ? "" : "***");
            }

            return holds.Classify(result.IsValid, "valid").Classify(!result.IsValid, "rejected").Collect(input.Shape);
        });

    [Property(MaxTest = 500)]
    public bool No_mask_throws_and_span_forms_agree(string? input, char probe)
    {
        string text = input is null ? probe.ToString() : input + probe;
        Span<char> destination = stackalloc char[4200];
        return Agrees(Mask.IdNumber(text), Mask.TryIdNumber(text, destination, out int a), destination[..a])
            && Agrees(Mask.MobileNumber(text), Mask.TryMobileNumber(text, destination, out int b), destination[..b])
            && Agrees(Mask.Email(text), Mask.TryEmail(text, destination, out int c), destination[..c])
            && Agrees(Mask.PersonName(text), Mask.TryPersonName(text, destination, out int d), destination[..d])
            && Agrees(Mask.CertificateNumber(CertificateType.Other, text), Mask.TryCertificateNumber(CertificateType.Other, text, destination, out int e), destination[..e]);
    }

    /// <summary>
    /// The span path of the ID-rule certificate types decides without the certificate rule; it must decide as the rule does,
    /// and mask like the string path (which asks the rule) for every type and ID-like input.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property Certificate_span_and_string_masks_agree_for_every_type() =>
        Prop.ForAll(CertificateInput.ToArbitrary(), Gen.Elements(CertificateTypes.All.ToArray()).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (input, type, firstGeneration) =>
        {
            var options = new CertificateNumberMaskOptions
            {
                Validation = new CertificateNumberOptions { IdNumber = new IdNumberOptions { AllowFirstGeneration = firstGeneration } },
            };
            Span<char> destination = stackalloc char[128];
            bool written = Mask.TryCertificateNumber(type, input.Text, destination, out int n, options);
            CertificateNumberResult result = CertificateNumber.Validate(type, input.Text, options.Validation);
            string masked = destination[..n].ToString();
            bool agrees = written && masked == Mask.CertificateNumber(type, input.Text, options)
                && (result.IsValid
                    ? result.IdNumber is { IsValid: true }
                        ? RevealsOnlyKept(result.Normalized!, masked, 6, 4, '*')
                        : RevealsOnlyKept(result.Normalized!, masked, 1, 3, '*')
                    : masked == (Blank(input.Text, 2064) ? "" : new string('*', 18)));
            return agrees.Classify(result.IsValid, "valid").Classify(!result.IsValid, "rejected").Collect(input.Shape);
        });

    private static Gen<Input> CertificateInput =>
        Gen.Frequency(
            (4, from id in IdNumberGenerators.Valid from typed in Decorate(id) select new Input("resident ID", typed)),
            (2, from region in Gen.Elements("810000", "820000", "830000")
                from rest in IdNumberGenerators.First17.Select(f => f[6..])
                let first17 = region + rest
                select new Input("residence permit", first17 + IdNumber.ComputeCheckCharacter(first17))),
            (1, from rest in IdNumberGenerators.First17.Select(f => "9" + f[1..])
                select new Input("foreign 2023", rest + IdNumber.ComputeCheckCharacter(rest))),
            (1, from n in Gen.Choose(0, 99_999_999) select new Input("first generation", "110105" + (n % 1_000_000 + 490101).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "002")),
            (2, Gen.Elements("E12345678", "H12345678", "12345678", "USA123456789012", "G 1234 5678", "ab").Select(t => new Input("other layouts", t))),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => new Input("any string", s ?? ""))));

    private static Gen<(int First, int Last, char Mask)> Keep(int max) =>
        from first in Gen.Choose(0, max)
        from last in Gen.Choose(0, max)
        from mask in Gen.Elements(MaskCharacters)
        select (first, last, mask);

    // Nothing typed masks to nothing; an input longer than its rule reads is masked whole, spaces or not.
    private static bool Blank(string text, int longest) => text.Length <= longest && TypedText.IsBlank(text);

    private static bool Agrees(string masked, bool written, ReadOnlySpan<char> span) => written && span.SequenceEqual(masked);

    /// <summary>
    /// The mask is the canonical value with its first and last characters as kept (at least one hidden) and every other
    /// character replaced by one mask character: it shows no character beyond those.
    /// </summary>
    private static bool RevealsOnlyKept(string canonical, string masked, int keepFirst, int keepLast, char mask)
    {
        Rune[] value = canonical.EnumerateRunes().ToArray();
        Rune[] shown = masked.EnumerateRunes().ToArray();
        if (value.Length != shown.Length)
        {
            return false;
        }

        int first = Math.Min(keepFirst, value.Length - 1);
        int last = Math.Min(keepLast, value.Length - 1 - first);
        int revealed = 0;
        for (int i = 0; i < value.Length; i++)
        {
            bool kept = i < first || i >= value.Length - last;
            if (kept ? shown[i] != value[i] : shown[i] != new Rune(mask))
            {
                return false;
            }

            revealed += kept ? 1 : 0;
        }

        return revealed <= keepFirst + keepLast && revealed < value.Length;
    }

    private sealed record Input(string Shape, string Text);

    private static Gen<string> Decorate(string canonical) =>
        Gen.Elements<Func<string, string>>(
            s => s,
            s => new string(s.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '\uFF10') : c == 'X' ? '\uFF38' : c).ToArray()),
            s => " " + s + "\u3000",
            s => s.ToLowerInvariant()).Select(f => f(canonical));

    private static Gen<Input> IdInput =>
        Gen.Frequency(
            (5, from id in IdNumberGenerators.Valid from typed in Decorate(id) select new Input("valid id", typed)),
            (3, from id in IdNumberGenerators.Valid
                from at in Gen.Choose(0, 17)
                from c in Gen.Elements('0', '5', '9', 'X', 'a', ' ', '\uD800')
                select new Input("one character changed", id[..at] + c + id[(at + 1)..])),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => new Input("any string", s ?? ""))));

    private static Gen<Input> MobileInput =>
        Gen.Frequency(
            (5, from prefix in Gen.Elements("130", "138", "147", "159", "166", "178", "189", "199")
                from rest in Gen.Choose(0, 99_999_999)
                let number = prefix + rest.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)
                from typed in Gen.Elements(number, "+86 " + number, "0086" + number, $"{number[..3]}-{number[3..7]}-{number[7..]}")
                select new Input("valid mobile", typed)),
            (3, from digits in Gen.Choose(0, 9).ArrayOf()
                select new Input("digits", "1" + string.Concat(digits.Take(14)))),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => new Input("any string", s ?? ""))));

    private static Gen<Input> NameInput =>
        Gen.Frequency(
            (6, PersonNameGenerators.Names.Select(n => new Input("name " + n.Mutation, n.Text))),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => new Input("any string", s ?? ""))));

    private static Gen<Input> EmailInput =>
        Gen.Frequency(
            (5, from local in Gen.Elements("a", "ab", "user", "zhang.san", "x_y+z", "ＵＳＥＲ")
                from domain in Gen.Elements("qq.com", "163.com", "Example.COM", "例子.中国", "ｑｑ．ｃｏｍ")
                from pad in Gen.Elements("", " ", "\u3000")
                select new Input("valid email", pad + local + "@" + domain + pad)),
            (2, from local in Gen.Elements("", ".a", "a..b", "a b", "用户")
                from domain in Gen.Elements("qq", "", "qq.com", "-a.com")
                select new Input("near miss", local + "@" + domain)),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => new Input("any string", s ?? ""))));
}
