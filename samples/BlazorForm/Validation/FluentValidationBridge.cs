using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components.Forms;

namespace BlazorForm.Validation;

/// <summary>
/// Connects a FluentValidation validator to a Blazor <see cref="EditContext"/>: a changed field is validated alone (its
/// rules only), the whole model on submit (<see cref="ValidateAsync"/>, async rules awaited). Errors go to the
/// EditContext's message store, so <c>ValidationMessage</c>, <c>ValidationSummary</c>, the inputs' <c>invalid</c> class and
/// <c>aria-invalid</c> work as with DataAnnotations; warnings (a rare character, an email near miss) are kept apart
/// (<see cref="WarningsFor"/>) with their <c>CustomState</c>, and never block the submit.
/// </summary>
public sealed class FluentValidationBridge : IDisposable
{
    private readonly EditContext _editContext;
    private readonly IValidator _validator;
    private readonly ValidationMessageStore _errors;
    private readonly Dictionary<FieldIdentifier, List<ValidationFailure>> _warnings = [];

    /// <summary>Attaches <paramref name="validator"/> to <paramref name="editContext"/> until disposed.</summary>
    public FluentValidationBridge(EditContext editContext, IValidator validator)
    {
        ArgumentNullException.ThrowIfNull(editContext);
        ArgumentNullException.ThrowIfNull(validator);
        _editContext = editContext;
        _validator = validator;
        _errors = new ValidationMessageStore(editContext);
        editContext.OnFieldChanged += OnFieldChanged;
        editContext.OnValidationRequested += OnValidationRequested;
    }

    /// <summary>The warnings (and infos) of <paramref name="field"/> from its last validation.</summary>
    public IReadOnlyList<ValidationFailure> WarningsFor(FieldIdentifier field) =>
        _warnings.TryGetValue(field, out List<ValidationFailure>? list) ? list : [];

    /// <summary>Validates the whole model, awaiting async rules; <see langword="true"/> when no failure is an error.</summary>
    public async Task<bool> ValidateAsync(CancellationToken cancellationToken = default)
    {
        ValidationResult result = await _validator.ValidateAsync(new ValidationContext<object>(_editContext.Model), cancellationToken);
        Apply(result, field: null);
        return result.Errors.TrueForAll(f => f.Severity != Severity.Error);
    }

    /// <summary>Validates one field: the rules of that property only.</summary>
    public async Task ValidateFieldAsync(FieldIdentifier field, CancellationToken cancellationToken = default)
    {
        if (!ReferenceEquals(field.Model, _editContext.Model))
        {
            return; // a nested object's field: not this validator's
        }

        var context = ValidationContext<object>.CreateWithOptions(_editContext.Model, o => o.IncludeProperties(field.FieldName));
        ValidationResult result = await _validator.ValidateAsync(context, cancellationToken);
        Apply(result, field);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _editContext.OnFieldChanged -= OnFieldChanged;
        _editContext.OnValidationRequested -= OnValidationRequested;
        _errors.Clear();
    }

    // Without async rules the validation completes synchronously, so the messages are in the DOM when the change event's
    // handler returns; with async rules they appear when the rules finish.
    private void OnFieldChanged(object? sender, FieldChangedEventArgs e) => _ = ValidateFieldAsync(e.FieldIdentifier);

    // EditContext.Validate() (EditForm's OnValidSubmit) is synchronous: it sees the rules that complete synchronously.
    // Submit through ValidateAsync to await async rules.
    private void OnValidationRequested(object? sender, ValidationRequestedEventArgs e) => _ = ValidateAsync();

    private void Apply(ValidationResult result, FieldIdentifier? field)
    {
        if (field is { } only)
        {
            _errors.Clear(only);
            _warnings.Remove(only);
        }
        else
        {
            _errors.Clear();
            _warnings.Clear();
        }

        foreach (ValidationFailure failure in result.Errors)
        {
            var id = new FieldIdentifier(_editContext.Model, failure.PropertyName ?? string.Empty);
            if (field is { } changed && !changed.Equals(id))
            {
                continue;
            }

            if (failure.Severity == Severity.Error)
            {
                _errors.Add(id, failure.ErrorMessage);
            }
            else
            {
                (_warnings.TryGetValue(id, out List<ValidationFailure>? list) ? list : _warnings[id] = []).Add(failure);
            }
        }

        _editContext.NotifyValidationStateChanged();
    }
}
