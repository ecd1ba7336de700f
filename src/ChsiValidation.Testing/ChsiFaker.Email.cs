using System.Text;
using EmailRule = ChsiValidation.Email;

namespace ChsiValidation.Testing;

public sealed partial class ChsiFaker
{
    // RFC 2606 §3: reserved for documentation and examples; no mail reaches anyone there.
    private static readonly string[] ReservedDomains = ["example.com", "example.net", "example.org"];

    private const string LocalLetters = "abcdefghijklmnopqrstuvwxyz";
    private const string LocalCharacters = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>
    /// A valid email address at a domain reserved for examples (example.com, example.net, example.org: RFC 2606), so no
    /// message sent to it reaches anyone: a letter, then 2–15 lower-case letters and digits with at most one '.', '_'
    /// or '-' inside (li.wei88@example.com).
    /// </summary>
    public string Email() => LocalPart() + "@" + random.Pick(ReservedDomains); // always valid: proved by the tests, not checked here

    /// <summary>A valid email address at <paramref name="domain"/> (qq.com, 163.com, a test domain of your own).</summary>
    /// <param name="domain">The domain; addresses there must pass <see cref="EmailRule.Validate(string?, EmailOptions?)"/>.</param>
    /// <exception cref="ArgumentException">No address at <paramref name="domain"/> passes the email rule.</exception>
    public string Email(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        string address = LocalPart() + "@" + domain;
        if (!EmailRule.Validate(address).IsValid)
        {
            throw new ArgumentException($"The email rule rejects addresses at '{domain}'.", nameof(domain));
        }

        return address;
    }

    private string LocalPart()
    {
        int length = random.Between(3, 16);
        var local = new StringBuilder(length);
        local.Append(LocalLetters[random.Next(LocalLetters.Length)]);
        int separatorAt = length >= 5 && random.Chance(40) ? random.Between(2, length - 2) : -1;
        for (int i = 1; i < length; i++)
        {
            local.Append(i == separatorAt ? ".-_"[random.Next(3)] : LocalCharacters[random.Next(LocalCharacters.Length)]);
        }

        return local.ToString();
    }
}
