namespace BlazorForm.Forms;

/// <summary>How a form is validated.</summary>
public enum ValidationRoute
{
    /// <summary><c>DataAnnotationsValidator</c> and the library's attributes on the model.</summary>
    DataAnnotations,

    /// <summary>The ready-made FluentValidation validators through <see cref="Validation.FluentValidationBridge"/>.</summary>
    FluentValidation,
}
