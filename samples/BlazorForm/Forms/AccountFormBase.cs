using BlazorForm.Localization;
using BlazorForm.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorForm.Forms;

/// <summary>
/// What every account form shares: its model and <see cref="EditContext"/>, the validation route (DataAnnotations, or
/// FluentValidation through <see cref="FluentValidationBridge"/>), the notices shown apart from errors, and the submit.
/// </summary>
/// <typeparam name="TModel">The form's model.</typeparam>
public abstract class AccountFormBase<TModel> : ComponentBase, IDisposable
    where TModel : class, new()
{
    private readonly Dictionary<string, IReadOnlyList<Notice>> _advice = [];
    private FluentValidationBridge? _bridge;

    [Parameter, EditorRequired] public ValidationRoute Route { get; set; }

    [Inject] private IServiceProvider Services { get; set; } = default!;

    protected TModel Model { get; } = new();

    protected EditContext EditContext { get; private set; } = default!;

    /// <summary>The outcome of the last submit, shown in a status region; <see langword="null"/> before any.</summary>
    protected string? Status { get; private set; }

    /// <summary><see langword="true"/> after a submit that found no error.</summary>
    protected bool Submitted { get; private set; }

    protected override void OnInitialized()
    {
        EditContext = new EditContext(Model);
        if (Route == ValidationRoute.FluentValidation)
        {
            _bridge = new FluentValidationBridge(EditContext, Services.GetRequiredService<IValidator<TModel>>());
        }
        else
        {
            // Runs before DataAnnotationsValidator's own handler (the form subscribes first), which then re-renders.
            EditContext.OnFieldChanged += AdviseOnChange;
        }

        EditContext.OnValidationStateChanged += Rerender;
    }

    /// <summary>The DataAnnotations route's notices for a field (the FluentValidation route has warnings instead).</summary>
    protected virtual IReadOnlyList<Notice> Advise(string fieldName) => [];

    /// <summary>The notices of <paramref name="fieldName"/>, whose current value is <paramref name="value"/>.</summary>
    protected IReadOnlyList<Notice> NoticesFor(string fieldName, string? value) =>
        _bridge is { } bridge
            ? [.. bridge.WarningsFor(new FieldIdentifier(Model, fieldName)).Select(f => Notice.FromFailure(f, value))]
            : _advice.GetValueOrDefault(fieldName) ?? [];

    /// <summary>Validates the whole form (awaiting async rules on the FluentValidation route) and reports the outcome.</summary>
    protected async Task SubmitAsync()
    {
        bool valid;
        if (_bridge is { } bridge)
        {
            valid = await bridge.ValidateAsync();
        }
        else
        {
            foreach (string field in AdvisedFields)
            {
                _advice[field] = Advise(field);
            }

            valid = EditContext.Validate();
        }

        Submitted = valid;
        Status = valid ? UiText.Submitted : UiText.FixErrors;
        StateHasChanged();
    }

    /// <summary>The fields <see cref="Advise"/> has something to say about.</summary>
    protected virtual IEnumerable<string> AdvisedFields => [];

    public void Dispose()
    {
        EditContext.OnFieldChanged -= AdviseOnChange;
        EditContext.OnValidationStateChanged -= Rerender;
        _bridge?.Dispose();
        GC.SuppressFinalize(this);
    }

    private void AdviseOnChange(object? sender, FieldChangedEventArgs e) => _advice[e.FieldIdentifier.FieldName] = Advise(e.FieldIdentifier.FieldName);

    private void Rerender(object? sender, ValidationStateChangedEventArgs e) => StateHasChanged();
}
