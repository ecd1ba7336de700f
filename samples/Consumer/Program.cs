using System.Globalization;
using ChsiValidation;
using ChsiValidation.FluentValidation;
using FluentValidation;

// Deterministic output: English messages, fixed inputs.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");

IdNumberResult id = IdNumber.Validate("１１０１０５１９４９１２３１００２ｘ");
Console.WriteLine($"id: {id.IsValid} {id.Normalized} {id.Kind} {id.BirthDate:yyyy-MM-dd} {id.Gender} {id.Changes}");
Console.WriteLine($"check: {IdNumber.ComputeCheckCharacter("11010519491231002")}");

var validator = new InlineValidator<Form>();
validator.RuleFor(x => x.IdNumber).ChineseIdNumber();
foreach (var failure in validator.Validate(new Form { IdNumber = "110105194912310021" }).Errors)
{
    Console.WriteLine($"fv: {failure.ErrorCode} | {failure.ErrorMessage}");
}

internal sealed class Form
{
    public string? IdNumber { get; set; }
}
