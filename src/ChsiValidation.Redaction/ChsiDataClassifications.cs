using Microsoft.Extensions.Compliance.Classification;

namespace ChsiValidation.Redaction;

/// <summary>
/// The data classifications of ChsiValidation's taxonomy: the personal data a Chinese registration form collects. Mark a
/// property or a logging parameter with the matching attribute (<see cref="IdNumberDataAttribute"/>, ...) and register
/// the redactors with <see cref="ChsiRedactionBuilderExtensions.AddChsiRedactors"/>.
/// </summary>
public static class ChsiDataClassifications
{
    /// <summary>The taxonomy's name, <c>ChsiValidation</c>.</summary>
    public const string TaxonomyName = "ChsiValidation";

    /// <summary>A citizen identity number (GB 11643-1999) or a number of the cards that share its layout.</summary>
    public static DataClassification IdNumber { get; } = new(TaxonomyName, nameof(IdNumber));

    /// <summary>A certificate number of any type (ID card, residence permit, travel permit, passport, 其他).</summary>
    public static DataClassification CertificateNumber { get; } = new(TaxonomyName, nameof(CertificateNumber));

    /// <summary>A mainland mobile number.</summary>
    public static DataClassification MobileNumber { get; } = new(TaxonomyName, nameof(MobileNumber));

    /// <summary>An email address.</summary>
    public static DataClassification Email { get; } = new(TaxonomyName, nameof(Email));

    /// <summary>A person's name.</summary>
    public static DataClassification PersonName { get; } = new(TaxonomyName, nameof(PersonName));
}

/// <summary>Marks a value as <see cref="ChsiDataClassifications.IdNumber"/>: logged as 110105********002X.</summary>
public sealed class IdNumberDataAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public IdNumberDataAttribute()
        : base(ChsiDataClassifications.IdNumber)
    {
    }
}

/// <summary>Marks a value as <see cref="ChsiDataClassifications.CertificateNumber"/>: logged with its first and last characters.</summary>
public sealed class CertificateNumberDataAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public CertificateNumberDataAttribute()
        : base(ChsiDataClassifications.CertificateNumber)
    {
    }
}

/// <summary>Marks a value as <see cref="ChsiDataClassifications.MobileNumber"/>: logged as 138****8000.</summary>
public sealed class MobileNumberDataAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public MobileNumberDataAttribute()
        : base(ChsiDataClassifications.MobileNumber)
    {
    }
}

/// <summary>Marks a value as <see cref="ChsiDataClassifications.Email"/>: logged as u***@qq.com.</summary>
public sealed class EmailDataAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public EmailDataAttribute()
        : base(ChsiDataClassifications.Email)
    {
    }
}

/// <summary>Marks a value as <see cref="ChsiDataClassifications.PersonName"/>: logged as 张*梦.</summary>
public sealed class PersonNameDataAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public PersonNameDataAttribute()
        : base(ChsiDataClassifications.PersonName)
    {
    }
}
