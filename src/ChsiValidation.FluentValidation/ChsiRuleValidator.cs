using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;
using FluentValidation.Validators;

namespace ChsiValidation.FluentValidation;

/// <summary>A rule's verdict on one value as FluentValidation reports it: the reason's error code, its placeholders and the state.</summary>
/// <param name="ErrorCode">The per-reason error code, e.g. <c>ChsiIdNumber.ChecksumMismatch</c>.</param>
/// <param name="Arguments">The placeholders the reason's message uses.</param>
/// <param name="State">The core result, the failure's default <c>CustomState</c>.</param>
public sealed record ChsiFailure(string ErrorCode, IReadOnlyList<(string Name, object? Value)> Arguments, object? State)
{
    /// <summary>The failure of a rejected <paramref name="result"/>, or <see langword="null"/> when it is valid.</summary>
    /// <param name="result">A rule's result.</param>
    /// <param name="input">The validated input (for the <c>{Character}</c> and <c>{Position}</c> placeholders).</param>
    /// <typeparam name="TResult">The result type; generic so that a valid result (a struct) is not boxed.</typeparam>
    public static ChsiFailure? Of<TResult>(TResult result, string input)
        where TResult : IRuleResult
    {
        // Not ArgumentNullException.ThrowIfNull: its object parameter would box every struct result.
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        return result.IsValid || result.ErrorCode is not { } code
            ? null
            : new ChsiFailure(code, result.GetMessageArguments(input, ChsiLanguage.CurrentCulture), result);
    }
}

/// <summary>
/// The one FluentValidation validator behind every ChsiValidation rule. It returns <see langword="false"/> for a rejected
/// value, so FluentValidation builds the failure itself and applies the rule's options (<c>WithMessage</c>,
/// <c>WithErrorCode</c>, <c>WithSeverity</c>, <c>WithState</c>, <c>WithName</c>, conditions, cascade, the global
/// language manager and severity); without options the failure carries the per-reason error code, the reason's
/// localized message, its placeholders and the core result as <c>CustomState</c>. <see langword="null"/> passes.
/// </summary>
/// <typeparam name="T">The validated object.</typeparam>
/// <typeparam name="TProperty">The property's type (a string for every text rule).</typeparam>
public sealed class ChsiRuleValidator<T, TProperty> : PropertyValidator<T, TProperty>
{
    private readonly Func<ValidationContext<T>, TProperty, ChsiFailure?> _check;
    private readonly string _name;

    /// <summary>Creates the validator.</summary>
    /// <param name="name">The validator's name (its error code when a rejection has none of its own), e.g. <c>ChsiIdNumberValidator</c>.</param>
    /// <param name="check">Checks the value (<see langword="null"/> included); returns the failure, or <see langword="null"/> when the value passes.</param>
    public ChsiRuleValidator(string name, Func<ValidationContext<T>, TProperty, ChsiFailure?> check)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(check);
        _name = name;
        _check = check;
    }

    /// <summary>
    /// While FluentValidation builds the failure of this validator's last rejection on this thread, the reason's error
    /// code (FluentValidation's default error code is the validator's name); otherwise the validator's name.
    /// </summary>
    public override string Name => FailureSlot.Current(this)?.ErrorCode ?? _name;

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, TProperty value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ChsiFailure? failure = _check(context, value);
        if (failure is null)
        {
            FailureSlot.Clear();
            return true;
        }

        foreach ((string name, object? argument) in failure.Arguments)
        {
            context.MessageFormatter.AppendArgument(name, argument);
        }

        FailureSlot.Set(this, context, failure);
        if (SecretComponent is not { } component)
        {
            return false;
        }

        // A secret (a password) must not reach a failure: FluentValidation's pipeline would keep it as AttemptedValue and
        // {PropertyValue}. The failure is built here with the same options, without the value.
        context.MessageFormatter.AppendPropertyName(context.DisplayName);
        context.MessageFormatter.AppendArgument("PropertyPath", context.PropertyPath);
        if (context.RootContextData.TryGetValue("__FV_CollectionIndex", out object? index))
        {
            context.MessageFormatter.AppendArgument("CollectionIndex", index);
        }

        context.AddFailure(new ValidationFailure(context.PropertyPath, component.GetErrorMessage(context, value), attemptedValue: null)
        {
            ErrorCode = component.ErrorCode ?? ValidatorOptions.Global.ErrorCodeResolver(this),
            Severity = component.SeverityProvider?.Invoke(context, value) ?? ValidatorOptions.Global.Severity,
            CustomState = component.CustomStateProvider?.Invoke(context, value),
            FormattedMessagePlaceholderValues = new Dictionary<string, object?>(context.MessageFormatter.PlaceholderValues),
        });
        FailureSlot.Clear();
        return true;
    }

    /// <summary>Set for a rule whose value is a secret: its own rule component, whose options the failure is built with.</summary>
    internal RuleComponent<T, TProperty>? SecretComponent { get; set; }

    /// <inheritdoc />
    protected override string GetDefaultMessageTemplate(string errorCode) =>
        FailureSlot.Current(this) is { } failure ? ChsiLanguage.GetTemplate(failure.ErrorCode) : base.GetDefaultMessageTemplate(errorCode);
}

/// <summary>
/// FluentValidation 12 gives a failure the error code of its validator, read after <c>IsValid</c> returns on the same
/// thread (RuleBase.CreateValidationError); the reason of the rejection is kept here for that moment, so each reason has
/// its own code while FluentValidation's own pipeline builds the failure.
/// </summary>
internal static class FailureSlot
{
    [ThreadStatic]
    private static Entry? t_entry;

    internal static void Set(object validator, IValidationContext context, ChsiFailure failure) => t_entry = new Entry(validator, context, failure);

    internal static void Clear() => t_entry = null;

    internal static ChsiFailure? Current(object validator) => t_entry is { } entry && ReferenceEquals(entry.Validator, validator) ? entry.Failure : null;

    internal static ChsiFailure? ForContext(IValidationContext context) => t_entry is { } entry && ReferenceEquals(entry.Context, context) ? entry.Failure : null;

    private sealed record Entry(object Validator, IValidationContext Context, ChsiFailure Failure);
}
