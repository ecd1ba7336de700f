namespace ChsiValidation.Fuzz;

/// <summary>
/// The fuzz targets, one line each. A target receives every input as text (decoded twice, see <see cref="Inputs"/>),
/// calls the library's entry points and throws <see cref="FuzzFailure"/> (via <see cref="Check"/>) when an invariant
/// breaks; any exception escaping a target is a finding. Write the target as a method of <see cref="Targets"/> in its own
/// file <c>Targets.&lt;Domain&gt;.cs</c> and add its line here, then add seeds under <c>fuzz/corpus/&lt;name&gt;/</c>.
/// </summary>
/// <remarks>
/// This class holds nothing but the table. Under afl the library is instrumented and must not run before SharpFuzz has
/// attached afl's coverage map (it crashes with an access violation otherwise): looking a target up here runs no library
/// code, while <see cref="Targets"/>' static fields (options, clocks) are only initialised once a target first runs.
/// </remarks>
internal static class TargetTable
{
    /// <summary>Target name (the command-line argument and the corpus folder <c>fuzz/corpus/&lt;name&gt;</c>) → handler.</summary>
    internal static readonly IReadOnlyDictionary<string, Action<string?>> All = new Dictionary<string, Action<string?>>(StringComparer.OrdinalIgnoreCase)
    {
        ["IdNumber"] = Targets.IdNumberTarget,
        ["AdministrativeDivision"] = Targets.AdministrativeDivisionTarget,
        ["PersonName"] = Targets.PersonNameTarget,
        ["MobileNumber"] = Targets.MobileNumberTarget,
        ["Email"] = Targets.EmailTarget,
        ["SmsCode"] = Targets.SmsCodeTarget,
        ["Username"] = Targets.UsernameTarget,
        ["CertificateNumber"] = Targets.CertificateNumberTarget,
        ["Password"] = Targets.PasswordTarget,
        ["Captcha"] = Targets.CaptchaTarget,
        ["RosterCsv"] = Targets.RosterCsvTarget,
        ["Rules"] = Targets.RulesTarget,
        ["Mask"] = Targets.MaskTarget,
    };
}

/// <summary>The target methods (one file per domain) and what they share.</summary>
internal static partial class Targets
{
    /// <summary>"Today" for every target: a fixed instant, so that a replay gives the same verdicts on any day.</summary>
    /// <remarks>
    /// A property over its own class, not a field of <see cref="Targets"/>: the partial files' static field initialisers
    /// run in file order, so an options array in <c>Targets.Email.cs</c> would otherwise read this field while still null.
    /// </remarks>
    internal static TimeProvider Clock => FixedClock.Instance;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        internal static readonly FixedClock Instance = new(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero));

        public override DateTimeOffset GetUtcNow() => now;
    }
}
