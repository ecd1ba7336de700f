using BlazorForm;
using BlazorForm.Forms;
using BlazorForm.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The culture is the browser's (Blazor WebAssembly sets CurrentCulture/CurrentUICulture from navigator.languages and
// loads the matching ICU shard); the library's messages and the app's texts follow CurrentUICulture by its name.
builder.Services.AddAccountForms();

await builder.Build().RunAsync();
