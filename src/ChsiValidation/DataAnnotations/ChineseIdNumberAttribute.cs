using System.ComponentModel.DataAnnotations;

namespace ChsiValidation.DataAnnotations;

/// <summary>
/// DataAnnotations: the member must be a valid Chinese ID number (<see cref="IdNumber.Validate"/>). <see langword="null"/>
/// passes (use <c>[Required]</c>). "Today" comes from a <see cref="TimeProvider"/> registered in the container, else the
/// system clock. The message is the built-in zh-Hans/en text of the error code unless <c>ErrorMessage</c> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ChineseIdNumberAttribute : ValidationAttribute
{
    /// <summary>See <see cref="IdNumberOptions.Strict"/>. Default <see langword="false"/>.</summary>
    public bool Strict { get; set; }

    /// <summary>See <see cref="IdNumberOptions.AllowFirstGeneration"/>. Default <see langword="false"/>.</summary>
    public bool AllowFirstGeneration { get; set; }

    /// <summary>See <see cref="IdNumberOptions.RegionCheck"/>. Default <see cref="RegionCheck.Province"/>.</summary>
    public RegionCheck RegionCheck { get; set; } = RegionCheck.Province;

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext? validationContext)
    {
        if (value is null)
        {
            return ValidationResult.Success;
        }

        string input = value as string ?? string.Empty;
        var options = new IdNumberOptions
        {
            Strict = Strict,
            AllowFirstGeneration = AllowFirstGeneration,
            RegionCheck = RegionCheck,
            TimeProvider = ChsiAttributeFailures.Clock(validationContext),
        };
        IdNumberResult result = IdNumber.Validate(input, options);
        return result.IsValid
            ? ValidationResult.Success
            : ChsiAttributeFailures.Create(this, validationContext, ErrorCodes.Of(result.Error), [.. MessageArguments.For(input, result)]);
    }
}
