using FsCheck;
using FsCheck.Fluent;

namespace ChsiValidation.Testing.FsCheck;

/// <summary>A valid resident ID number, for property parameters (register <see cref="ChsiArbitraries"/>).</summary>
/// <param name="Value">The 18-character number.</param>
public readonly record struct ValidIdNumber(string Value)
{
    /// <summary>The number.</summary>
    public override string ToString() => Value;
}

/// <summary>A valid mainland mobile number (11 digits), for property parameters.</summary>
/// <param name="Value">The 11 digits.</param>
public readonly record struct ValidMobileNumber(string Value)
{
    /// <summary>The number.</summary>
    public override string ToString() => Value;
}

/// <summary>A valid Chinese name, common or of a minority (with the separator dot), for property parameters.</summary>
/// <param name="Value">The name.</param>
public readonly record struct ValidPersonName(string Value)
{
    /// <summary>The name.</summary>
    public override string ToString() => Value;
}

/// <summary>A valid email address at a reserved example domain, for property parameters.</summary>
/// <param name="Value">The address.</param>
public readonly record struct ValidEmail(string Value)
{
    /// <summary>The address.</summary>
    public override string ToString() => Value;
}

/// <summary>
/// Arbitraries of the Valid* types, for FsCheck to find by type:
/// <c>[Property(Arbitrary = [typeof(ChsiArbitraries)])] public bool P(ValidIdNumber id) =&gt; ...</c>, or
/// <c>ArbMap.Default.Merge&lt;ChsiArbitraries&gt;()</c> (a class, not a static class, so that it can be a type argument).
/// </summary>
public sealed class ChsiArbitraries
{
    private ChsiArbitraries()
    {
    }

    /// <summary>Valid resident ID numbers.</summary>
    public static Arbitrary<ValidIdNumber> IdNumber() => ChsiGen.IdNumber().Select(v => new ValidIdNumber(v)).ToArbitrary();

    /// <summary>Valid mobile numbers.</summary>
    public static Arbitrary<ValidMobileNumber> MobileNumber() => ChsiGen.MobileNumber().Select(v => new ValidMobileNumber(v)).ToArbitrary();

    /// <summary>Valid names: common names four times in five, minority names otherwise.</summary>
    public static Arbitrary<ValidPersonName> PersonName() =>
        Gen.Frequency((4, ChsiGen.PersonName()), (1, ChsiGen.MinorityName())).Select(v => new ValidPersonName(v)).ToArbitrary();

    /// <summary>Valid email addresses.</summary>
    public static Arbitrary<ValidEmail> Email() => ChsiGen.Email().Select(v => new ValidEmail(v)).ToArbitrary();
}
