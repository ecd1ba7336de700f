using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.FluentValidation.Tests;

/// <summary>
/// Hostile input through the FluentValidation adapter: one validator instance shared by 16 threads gives the
/// sequential failures in each thread's culture, and invisible or ill-formed characters are rejected and shown as code
/// points, never pasted raw into the message (a bidi override there would reorder the text of the page).
/// </summary>
[Collection("Language")] // reads FluentValidation's global LanguageManager and sets thread cultures
public class HostileInputValidatorTests
{
    public sealed class Person
    {
        public string? IdNumber { get; set; }
    }

    private static readonly IdNumberOptions Options = new() { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero)) };

    // Lone and reversed surrogates, bidi controls, zero-width and other format characters, controls.
    private static readonly string[] Hostile =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\0", "\t", "\n", "\u2028",
    ];

    private static InlineValidator<Person> SharedValidator()
    {
        var validator = new InlineValidator<Person>();
        validator.RuleFor(x => x.IdNumber).ChsiIdNumber(Options).WithName("证件号码");
        validator.RuleFor(x => x.IdNumber).ChsiIdNumber(Options with { RegionCheck = RegionCheck.KnownCode });
        return validator;
    }

    private static IEnumerable<string?> Inputs()
    {
        yield return null;
        yield return "";
        yield return "11010519491231002X";
        yield return "11010519491231002x";
        yield return "１１０１０５１９４９１２３１００２Ｘ";
        yield return "110105194912310021";
        yield return "110105194902300021";
        yield return "610104620927690";
        yield return "110103198001010011";
        yield return "110199198001010011";
        yield return new string('1', 1000);
        foreach (string hostile in Hostile)
        {
            yield return "110105" + hostile + "19491231002X";
        }
    }

    [Fact]
    public void A_validator_shared_by_16_threads_gives_the_sequential_failures()
    {
        InlineValidator<Person> validator = SharedValidator();
        string?[] inputs = [.. Inputs()];
        string[] cultures = ["zh-CN", "en-US"];
        var expected = new Dictionary<string, string[]>();
        foreach (string culture in cultures)
        {
            using var scope = new CultureScope(culture);
            expected[culture] = [.. inputs.Select(i => Describe(validator.Validate(new Person { IdNumber = i })))];
        }

        const int Threads = 16;
        var results = new string[Threads][];
        var errors = new Exception?[Threads];
        using var start = new Barrier(Threads);
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                CultureInfo culture = CultureInfo.GetCultureInfo(cultures[t % 2]);
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                start.SignalAndWait();
                var mine = new string[inputs.Length];
                for (int round = 0; round < 10; round++)
                {
                    for (int k = 0; k < inputs.Length; k++)
                    {
                        int i = (k + t * 5) % inputs.Length;
                        mine[i] = Describe(validator.Validate(new Person { IdNumber = inputs[i] }));
                    }
                }

                results[t] = mine;
            }
            catch (Exception e)
            {
                errors[t] = e;
            }
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        for (int t = 0; t < Threads; t++)
        {
            Assert.Null(errors[t]);
            Assert.Equal(expected[cultures[t % 2]], results[t]);
        }
    }

    [Fact]
    public void Invisible_and_ill_formed_characters_are_rejected_and_shown_as_code_points()
    {
        InlineValidator<Person> validator = SharedValidator();
        foreach (string culture in new[] { "zh-CN", "en-US" })
        {
            using var scope = new CultureScope(culture);
            foreach (string hostile in Hostile)
            {
                foreach (int at in new[] { 0, 6, 18 })
                {
                    string input = "11010519491231002X".Insert(at, hostile);
                    ValidationResult result = validator.Validate(new Person { IdNumber = input });
                    Assert.Equal(2, result.Errors.Count);
                    foreach (ValidationFailure failure in result.Errors)
                    {
                        string what = $"{culture} U+{(int)hostile[0]:X4} at {at}";
                        Assert.True(failure.ErrorCode == "ChsiIdNumber.InvalidCharacter", $"{what}: {failure.ErrorCode}");
                        Assert.Equal(at + 1, failure.FormattedMessagePlaceholderValues["Position"]);
                        Assert.Equal($"U+{(int)hostile[0]:X4}", failure.FormattedMessagePlaceholderValues["Character"]);
                        Assert.True(failure.ErrorMessage.IndexOfAny(hostile.ToCharArray()) < 0, $"{what}: raw character in the message");
                        Assert.Contains($"U+{(int)hostile[0]:X4}", failure.ErrorMessage, StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    private static string Describe(ValidationResult result) =>
        string.Join(" | ", result.Errors.Select(f =>
            $"{f.PropertyName};{f.ErrorCode};{f.ErrorMessage};{f.Severity};{f.CustomState};{Placeholders(f)}"));

    private static string Placeholders(ValidationFailure failure) =>
        string.Join(",", failure.FormattedMessagePlaceholderValues.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
