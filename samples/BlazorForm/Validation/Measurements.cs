using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using BlazorForm.Forms;
using ChsiValidation;
using ChsiValidation.DataAnnotations;
using Microsoft.JSInterop;

namespace BlazorForm.Validation;

/// <summary>
/// Timings the browser tests read through <c>DotNet.invokeMethod</c>: nanoseconds per validation as the app runs them
/// in the browser (the Mono interpreter without the wasm-tools workload). Measured and printed, never asserted.
/// </summary>
public static class Measurements
{
    /// <summary>Nanoseconds per call of <paramref name="rule"/> ("IsValid", "Validate", "Attribute", "FluentValidation") over <paramref name="count"/> ID numbers.</summary>
    [JSInvokable]
    public static double IdNumberNanoseconds(string rule, int count)
    {
        count = Math.Clamp(count, 1, 1_000_000);
        string[] numbers = Numbers(count);
        var attribute = new ChsiIdNumberAttribute();
        var validator = new CertificateNumberValidator();
        var model = new FindUsernameModel();
        var context = new ValidationContext(model, "ID number", serviceProvider: null, items: null); // named: no reflection
        int valid = 0;
        var watch = Stopwatch.StartNew();
        foreach (string number in numbers)
        {
            bool ok = rule switch
            {
                "IsValid" => IdNumber.IsValid(number),
                "Validate" => IdNumber.Validate(number).IsValid,
                "Attribute" => attribute.GetValidationResult(number, context) == ValidationResult.Success,
                _ => Fluent(validator, model, number),
            };
            valid += ok ? 1 : 0;
        }

        watch.Stop();
        GC.KeepAlive(valid);
        return watch.Elapsed.TotalNanoseconds / count;
    }

    private static bool Fluent(CertificateNumberValidator validator, FindUsernameModel model, string number)
    {
        model.CertificateNumber = number;
        return validator.Validate(model).IsValid;
    }

    // Valid numbers with varied birth dates and sequence numbers (GB 11643-1999 check character computed here).
    private static string[] Numbers(int count)
    {
        var numbers = new string[count];
        Span<char> digits = stackalloc char[18];
        for (int i = 0; i < count; i++)
        {
            string body = $"110105{1950 + (i % 60):D4}{1 + (i % 12):D2}{1 + (i % 28):D2}{i % 1000:D3}";
            body.AsSpan().CopyTo(digits);
            int sum = 0;
            for (int k = 0; k < 17; k++)
            {
                sum += (digits[k] - '0') * ((1 << (17 - k)) % 11);
            }

            digits[17] = "10X98765432"[sum % 11];
            numbers[i] = new string(digits);
        }

        return numbers;
    }

    private sealed class CertificateNumberValidator : FluentValidation.AbstractValidator<FindUsernameModel>
    {
        public CertificateNumberValidator() =>
            ChsiValidation.FluentValidation.ChsiRuleBuilderExtensions.ChsiIdNumber(RuleFor(x => x.CertificateNumber));
    }
}
