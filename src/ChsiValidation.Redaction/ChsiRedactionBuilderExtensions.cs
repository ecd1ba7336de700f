using Microsoft.Extensions.Compliance.Redaction;

namespace ChsiValidation.Redaction;

/// <summary>Registers ChsiValidation's redactors with .NET's redaction framework.</summary>
public static class ChsiRedactionBuilderExtensions
{
    /// <summary>
    /// Maps each of <see cref="ChsiDataClassifications"/> to its redactor (<see cref="IdNumberRedactor"/>,
    /// <see cref="CertificateNumberRedactor"/>, <see cref="MobileNumberRedactor"/>, <see cref="EmailRedactor"/>,
    /// <see cref="PersonNameRedactor"/>), so that a value marked <c>[IdNumberData]</c> is logged as 110105********002X
    /// once logging redaction is enabled. Each redactor takes its <c>XMaskOptions</c> from the service container when
    /// registered there (e.g. <c>services.AddSingleton(new PersonNameMaskOptions { KeepFirst = 2 })</c>), else the defaults.
    /// </summary>
    /// <param name="builder">The builder of <c>services.AddRedaction(...)</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static IRedactionBuilder AddChsiRedactors(this IRedactionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .SetRedactor<IdNumberRedactor>(ChsiDataClassifications.IdNumber)
            .SetRedactor<CertificateNumberRedactor>(ChsiDataClassifications.CertificateNumber)
            .SetRedactor<MobileNumberRedactor>(ChsiDataClassifications.MobileNumber)
            .SetRedactor<EmailRedactor>(ChsiDataClassifications.Email)
            .SetRedactor<PersonNameRedactor>(ChsiDataClassifications.PersonName);
    }
}
