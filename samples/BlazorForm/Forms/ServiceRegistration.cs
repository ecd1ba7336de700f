using BlazorForm.Validation;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorForm.Forms;

/// <summary>The services the forms use, shared by Program.cs and the component tests.</summary>
public static class ServiceRegistration
{
    /// <summary>The clock (the SMS code's validity; the DataAnnotations attributes read it from the container too) and the FluentValidation validators.</summary>
    public static IServiceCollection AddAccountForms(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IValidator<RegistrationModel>, RegistrationModelValidator>();
        services.AddSingleton<IValidator<FindUsernameModel>, FindUsernameModelValidator>();
        services.AddSingleton<IValidator<ResetPasswordModel>, ResetPasswordModelValidator>();
        return services;
    }
}
