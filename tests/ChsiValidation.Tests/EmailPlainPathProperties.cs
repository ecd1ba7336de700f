using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

/// <summary>The one-pass check of plain addresses gives exactly what the full check gives, whenever it answers.</summary>
public class EmailPlainPathProperties
{
    private static readonly EmailOptions[] Options =
    [
        EmailOptions.Default,
        EmailOptions.Default with { SuggestProviders = false },
        EmailOptions.Default with { AllowUnicodeDomain = false, TrimWhitespace = true, FoldFullWidth = true, AllowUnicodeLocalPart = true },
    ];

    /// <summary>Pieces near the plain shape and just outside it: dots, hyphens, upper case, digits, "--", "xn--", spaces, a second '@', non-ASCII.</summary>
    private static readonly Gen<string> LocalPart =
        Gen.Frequency(
            (8, Gen.Elements("u", "user", "a.b", "x+tag", "1", "_-_", "o'neil", "~!#$%&*/=?^`{|}")),
            (2, Gen.Elements(".a", "a.", "a..b", "中", "a b", "A", "a\"b", "", new string('l', 64))))
            .NonEmptyListOf().Select(parts => string.Concat(parts.Take(3)));

    private static readonly Gen<string> Label =
        Gen.Frequency(
            (8, Gen.Elements("qq", "163", "example", "b-c", "co", "a1", "mail", "com", "cn", "con", "gmial")),
            (2, Gen.Elements("-a", "a-", "a--b", "xn--fiqs8s", "XN--FIQS8S", "Mail", "c", "1", "12", "例子", "ｑｑ", "")),
            (1, Gen.Choose(60, 66).Select(n => new string('a', n))));

    private static readonly Gen<string> Domain =
        Gen.Frequency((1, Gen.Constant(1)), (6, Gen.Constant(2)), (3, Gen.Constant(3)), (1, Gen.Constant(5)))
            .SelectMany(n => Label.ListOf(n)).Select(labels => string.Join('.', labels));

    private static readonly Gen<string> Address =
        Gen.Frequency(
            (12, Gen.Zip(LocalPart, Domain).Select(p => p.Item1 + "@" + p.Item2)),
            (1, from local in LocalPart from first in Domain from second in Domain select local + "@" + first + "@" + second),
            (1, Gen.Zip(LocalPart, Domain).Select(p => p.Item1 + "@" + p.Item2 + "." + new string('b', 200))),
            (1, Gen.Zip(LocalPart, Domain).Select(p => " " + p.Item1 + "@" + p.Item2)));

    [Property(MaxTest = 5000)]
    public Property Plain_path_agrees_with_the_full_check() =>
        Prop.ForAll((from a in Address from o in Gen.Elements(Options) from n in Gen.Elements(true, false) select (Address: a, Options: o, Normalize: n)).ToArbitrary(), t =>
        {
            (string address, EmailOptions options, bool normalize) = t;
            bool taken = Email.TryValidatePlain(address, address, options, normalize, out EmailResult plain);
            EmailResult full = Email.ValidateFully(address, address, options, normalize);
            return (!taken || (plain == full && ReferenceEquals(plain.Normalized, full.Normalized)))
                .Classify(taken, "plain path")
                .Classify(!taken && full.Error == EmailError.None, "full check, valid")
                .Classify(!taken && full.Error != EmailError.None, "full check, invalid")
                .Classify(taken && plain.Suggestion is not null, "plain path with a suggestion");
        });

    [Theory]
    [InlineData("zhang.san@qq.com")]
    [InlineData("x+tag@mail.tsinghua.edu.cn")]
    [InlineData("u@qq.con")]
    [InlineData("a@b-c.d1")]
    public void Plain_addresses_take_the_plain_path(string address)
    {
        Assert.True(Email.TryValidatePlain(address, address, EmailOptions.Default, normalize: true, out EmailResult plain));
        Assert.Equal(Email.ValidateFully(address, address, EmailOptions.Default, normalize: true), plain);
        Assert.Same(address, plain.Normalized);
    }

    [Theory]
    [InlineData("Zhang@QQ.com")]          // upper case in the domain: lower-cased by the full check
    [InlineData(" u@qq.com")]             // spaces
    [InlineData("u@xn--fiqs8s.cn")]       // an A-label
    [InlineData("u@a--b.cn")]             // hyphens in the third and fourth positions
    [InlineData("u@例子.cn")]              // non-ASCII
    [InlineData("u@localhost")]           // one label
    [InlineData("u@example.12")]          // all-digit top-level domain
    [InlineData("a..b@qq.com")]           // the full check names the position
    public void Other_addresses_are_left_to_the_full_check(string address) =>
        Assert.False(Email.TryValidatePlain(address, address, EmailOptions.Default, normalize: true, out _));
}
