namespace ChsiValidation;

/// <summary>The rules <see cref="Username.Validate(string?, UsernameOptions?)"/> applies to each form. Immutable; start from <see cref="Default"/>.</summary>
public sealed record UsernameOptions
{
    /// <summary>The default rules of each form.</summary>
    public static UsernameOptions Default { get; } = new();

    /// <summary>The ID number rules. Default <see cref="IdNumberOptions.Default"/>.</summary>
    public IdNumberOptions IdNumber { get; init; } = IdNumberOptions.Default;

    /// <summary>
    /// The email rules. Default <see cref="EmailOptions.Default"/> with <see cref="EmailOptions.TrimWhitespace"/>: spaces
    /// around a username are removed whatever its form, as the mobile and ID rules remove them, so " user@qq.com" signs in.
    /// </summary>
    public EmailOptions Email { get; init; } = EmailOptions.Default with { TrimWhitespace = true };
}
