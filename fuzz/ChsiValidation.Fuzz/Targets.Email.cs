namespace ChsiValidation.Fuzz;

internal static partial class Targets
{
    // Default policy, and each option that changes a code path (Unicode local parts, folding and trimming, ASCII only).
    private static readonly EmailOptions[] EmailOptionSets =
    [
        EmailOptions.Default,
        new() { AllowUnicodeLocalPart = true },
        new() { FoldFullWidth = true, TrimWhitespace = true },
        new() { AllowUnicodeDomain = false, SuggestProviders = false },
        new() { AllowUnicodeLocalPart = true, FoldFullWidth = true, TrimWhitespace = true },
    ];

    /// <summary>Email.Validate (five option sets) and Email.IsValid.</summary>
    internal static void EmailTarget(string? input)
    {
        foreach (EmailOptions options in EmailOptionSets)
        {
            EmailResult result = Check.Deterministic(() => Email.Validate(input, options));
            CheckEmailResult(input, options, result);
        }

        Check.Same(Email.Validate(input).IsValid, Email.IsValid(input));
    }

    private static void CheckEmailResult(string? input, EmailOptions options, EmailResult r)
    {
        Check.That(r.IsValid == (r.Error == EmailError.None));
        Check.That(Enum.IsDefined(r.Error));
        Check.That(r.ErrorPosition == -1 || (input is not null && r.ErrorPosition >= 0 && r.ErrorPosition < input.Length));
        Check.That(r.ErrorPosition == -1 || r.Error != EmailError.None);

        // Replacement: only for a full-width character, and it is that character's ASCII form.
        Check.That((r.Replacement is not null) == (r.Error == EmailError.FullWidthCharacter));
        Check.That(r.Replacement is null || (r.ErrorPosition >= 0 && r.Replacement < '\u0080'));
        Check.That(options.FoldFullWidth || (r.Changes & EmailChanges.FullWidthFolded) == 0);
        Check.That(options.TrimWhitespace || (r.Changes & EmailChanges.WhitespaceTrimmed) == 0);

        if (r.Suggestion is { } suggestion)
        {
            // A provider suggestion is itself an address the same policy accepts, and not the one typed.
            Check.That(Email.Validate(suggestion, options).IsValid && suggestion != r.Normalized);
        }

        Check.That((r.Normalized is not null) == r.IsValid);
        if (r.Normalized is not { } normalized)
        {
            return;
        }

        Check.That(normalized.Length <= Email.MaxLength && normalized.Count(c => c == '@') == 1);
        string domain = normalized[(normalized.IndexOf('@') + 1)..];
        Check.That(!domain.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') && !domain.AsSpan().ContainsAnyInRange('A', 'Z'));
        Check.That((r.Changes == EmailChanges.None) == ReferenceEquals(normalized, input));

        // The canonical address is a fixed point.
        EmailResult again = Email.Validate(normalized, options);
        Check.That(again.IsValid && ReferenceEquals(again.Normalized, normalized) && again.Changes == EmailChanges.None);
        Check.Same(r.Suggestion, again.Suggestion);
    }
}
