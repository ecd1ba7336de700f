using FluentValidation;
using FluentValidation.Results;

namespace ChsiValidation.FluentValidation.Tests;

/// <summary>The strict address-code level and region names through the FluentValidation rule.</summary>
[Collection("Language")]
public class IdNumberRegionTests
{
    public sealed class Person
    {
        public string? IdNumber { get; set; }
    }

    private sealed class PersonValidator : AbstractValidator<Person>
    {
        public PersonValidator(IdNumberOptions? options = null) => RuleFor(x => x.IdNumber).ChsiIdNumber(options);
    }

    private static readonly IdNumberOptions KnownCode = new() { RegionCheck = RegionCheck.KnownCode };

    private static string Make(string first17) => first17 + IdNumber.ComputeCheckCharacter(first17);

    [Fact]
    public void KnownCode_rejects_a_code_no_list_has_where_the_default_accepts_it()
    {
        string number = Make("11019919900101123");
        Assert.True(new PersonValidator().Validate(new Person { IdNumber = number }).IsValid);

        ValidationResult result = new PersonValidator(KnownCode).Validate(new Person { IdNumber = number });
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal("ChsiIdNumber.UnknownRegion", failure.ErrorCode);
        IdNumberResult state = Assert.IsType<IdNumberResult>(failure.CustomState);
        Assert.Equal(110199, state.RegionCode);
        Assert.Null(state.RegionName);
    }

    [Fact]
    public void KnownCode_accepts_an_abolished_code_and_the_failure_state_names_the_region()
    {
        Assert.True(new PersonValidator(KnownCode).Validate(new Person { IdNumber = Make("11010319900101123") }).IsValid);

        // A checksum failure still carries the region's name for the UI.
        ValidationResult result = new PersonValidator(KnownCode).Validate(new Person { IdNumber = "110103199001011230" });
        IdNumberResult state = Assert.IsType<IdNumberResult>(Assert.Single(result.Errors).CustomState);
        Assert.Equal(IdNumberError.ChecksumMismatch, state.Error);
        Assert.Equal("北京市崇文区", state.RegionName);
    }
}
