using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Tests;

/// <summary>The one-edit shortcut of the provider suggestion agrees with the optimal string alignment table it replaces.</summary>
public class EmailProviderDistanceProperties
{
    private static readonly char[] Alphabet = ['q', 'o', 'm', 'c', '.', '1', '6', '3', 'a'];

    /// <summary>A provider's domain after up to three random edits (insert, delete, substitute, swap neighbours).</summary>
    private static readonly Gen<string> NearMiss =
        from provider in Gen.Elements(EmailProviders.Domains)
        from count in Gen.Choose(0, 3)
        from edits in Gen.Zip(Gen.Choose(0, 3), Gen.Zip(Gen.Choose(0, 40), Gen.Elements(Alphabet))).ListOf(count)
        select Edit(provider, edits);

    [Property(MaxTest = 3000)]
    public Property One_edit_shortcut_matches_the_table() =>
        Prop.ForAll(Gen.Zip(NearMiss, Gen.Elements(EmailProviders.Domains)).ToArbitrary(), pair =>
        {
            (string typed, string provider) = pair;
            int fast = EmailProviders.Distance(typed, provider, limit: 1);
            int table = EmailProviders.DynamicDistance(typed, provider, limit: 1);
            return (fast == table).Classify(table == 0, "equal").Classify(table == 1, "one edit").Classify(table == 2, "further");
        });

    [Property(MaxTest = 3000)]
    public Property Character_sets_never_set_aside_a_near_miss() =>
        Prop.ForAll(Gen.Zip(NearMiss, Gen.Elements(EmailProviders.Domains)).ToArbitrary(), pair =>
        {
            (string typed, string provider) = pair;
            bool setAside = !EmailProviders.WithinOneEditOfSet(EmailProviders.CharacterSet(typed), EmailProviders.CharacterSet(provider));
            int distance = EmailProviders.DynamicDistance(typed, provider, limit: 1);
            return (!setAside || distance > 1)
                .Classify(setAside, "set aside by the sets")
                .Classify(distance <= 1, "within one edit")
                .Classify(!setAside && distance > 1, "compared and further");
        });

    [Theory]
    [InlineData("qq.com", "qq.com", 0)]
    [InlineData("qq.con", "qq.com", 1)]
    [InlineData("q.com", "qq.com", 1)]
    [InlineData("qqq.com", "qq.com", 1)]
    [InlineData("qq.ocm", "qq.com", 1)]
    [InlineData("qq.moc", "qq.com", 2)]
    [InlineData("gmail.co", "gmail.com", 1)]
    [InlineData("gmial.com", "gmail.com", 1)]
    [InlineData("", "qq.com", 2)]
    [InlineData("a", "", 1)]
    public void One_edit_shortcut_on_examples(string typed, string provider, int expected)
    {
        Assert.Equal(expected, EmailProviders.Distance(typed, provider, limit: 1));
        Assert.Equal(expected, EmailProviders.DynamicDistance(typed, provider, limit: 1));
    }

    private static string Edit(string text, IEnumerable<(int Kind, (int At, char Char) Where)> edits)
    {
        var chars = new List<char>(text);
        foreach ((int kind, (int at, char c)) in edits)
        {
            int i = chars.Count == 0 ? 0 : at % (chars.Count + (kind == 0 ? 1 : 0));
            switch (kind)
            {
                case 0:
                    chars.Insert(Math.Min(i, chars.Count), c);
                    break;
                case 1 when chars.Count > 0:
                    chars.RemoveAt(i);
                    break;
                case 2 when chars.Count > 0:
                    chars[i] = c;
                    break;
                case 3 when chars.Count > 1:
                    int j = Math.Min(i, chars.Count - 2);
                    (chars[j], chars[j + 1]) = (chars[j + 1], chars[j]);
                    break;
            }
        }

        return new string([.. chars]);
    }
}
