using ChsiValidation.Testing;
using ChsiValidation.Testing.FsCheck;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.TestingTests;

public class MobileGenerationTests
{
    private static readonly MobileCarrier[] Carriers = Enum.GetValues<MobileCarrier>();

    [Property(MaxTest = 1000)]
    public Property Every_generated_mobile_number_passes() =>
        Prop.ForAll(ChsiGen.MobileNumber().ToArbitrary(), number =>
        {
            MobileNumberResult result = MobileNumber.Validate(number);
            return (result.IsValid && ReferenceEquals(result.Normalized, number) && !result.WasNormalized)
                .Label(number)
                .Classify(result.Carrier == MobileCarrier.ChinaMobile, "China Mobile")
                .Classify(result.Carrier == MobileCarrier.Virtual, "virtual operator");
        });

    [Property(MaxTest = 1000)]
    public Property By_carrier_the_number_reads_back_as_that_carrier()
    {
        Gen<(MobileCarrier Carrier, long Seed)> cases = from carrier in Gen.Elements(Carriers) from seed in ChsiGen.Seeds select (carrier, seed);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            string number = new ChsiFaker(c.Seed).MobileNumber(c.Carrier);
            MobileNumberResult result = MobileNumber.Validate(number);
            return (result.IsValid && result.Carrier == c.Carrier).Label(number).Collect(c.Carrier);
        });
    }

    [Theory]
    [InlineData("139")]
    [InlineData("1349")]
    [InlineData("1740")]
    [InlineData("1610")]
    [InlineData("192")]
    [InlineData("1")]
    [InlineData("13800138000")]
    public void By_prefix_the_number_starts_with_it_and_passes(string prefix)
    {
        var faker = new ChsiFaker(11);
        for (int i = 0; i < 100; i++)
        {
            string number = faker.MobileNumber(prefix);
            Assert.StartsWith(prefix, number, StringComparison.Ordinal);
            Assert.True(MobileNumber.Validate(number).IsValid, number);
        }
    }

    [Theory]
    [InlineData("140")]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("13800138000000")]
    [InlineData("")]
    [InlineData("13a")]
    [InlineData("１３９")]
    public void Prefixes_no_number_can_have_are_refused(string prefix)
    {
        Assert.Throws<ArgumentException>(() => new ChsiFaker(0).MobileNumber(prefix));
    }
}

public class NameAndEmailGenerationTests
{
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Property(MaxTest = 500)]
    public Property Common_names_pass_unchanged_and_nothing_rare() =>
        Prop.ForAll(ChsiGen.PersonName().ToArbitrary(), name =>
        {
            PersonNameResult result = PersonName.Validate(name);
            return (result.IsValid && ReferenceEquals(result.Normalized, name) && result.RarestTier == HanziTier.Gb2312
                    && result.RareCharacters.Count == 0)
                .Label(name)
                .Classify(name.Length == 2, "two characters");
        });

    [Property(MaxTest = 500)]
    public Property Minority_names_pass_with_the_separator_dot() =>
        Prop.ForAll(ChsiGen.MinorityName().ToArbitrary(), name =>
        {
            PersonNameResult result = PersonName.Validate(name);
            return (result.IsValid && result.Normalized == name && name.Contains(PersonName.Separator, StringComparison.Ordinal)
                    && !name.StartsWith(PersonName.Separator) && !name.EndsWith(PersonName.Separator))
                .Label(name)
                .Classify(name.Count(c => c == PersonName.Separator) == 2, "three parts");
        });

    public static TheoryData<HanziTier> Tiers() =>
        [HanziTier.Gb2312, HanziTier.GeneralStandard, HanziTier.UnifiedBmp, HanziTier.ExtensionA, HanziTier.Supplementary, HanziTier.BeyondGb18030, HanziTier.PrivateUse];

    [Theory]
    [MemberData(nameof(Tiers))]
    public void Names_with_a_rare_character_have_that_tier_as_their_rarest(HanziTier tier)
    {
        var options = new PersonNameOptions { AllowPrivateUse = tier == HanziTier.PrivateUse };
        Gen<string> names = ChsiGen.NameWithRareCharacter(tier);
        Prop.ForAll(names.ToArbitrary(), name =>
        {
            PersonNameResult result = PersonName.Validate(name, options);
            return (result.IsValid && result.RarestTier == tier && ReferenceEquals(result.Normalized, name)
                    && (tier <= HanziTier.GeneralStandard) == (result.RareCharacters.Count == 0))
                .Label($"{name} {result.Error} {result.RarestTier}");
        }).Check(Thorough);
    }

    [Theory]
    [InlineData(HanziTier.ExtensionA, 6000)]
    [InlineData(HanziTier.PrivateUse, 6000)]
    [InlineData(HanziTier.GeneralStandard, 1000)]
    public void The_full_list_of_a_tier_is_what_the_rule_accepts(HanziTier tier, int atLeast)
    {
        // The fallback when random draws miss 10,000 times; read whole here.
        string[] pool = ChsiFaker.TierCharacters(tier);
        Assert.True(pool.Length >= atLeast, pool.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var options = new PersonNameOptions { AllowPrivateUse = true };
        foreach (string c in pool)
        {
            Assert.Equal(tier, PersonName.Validate("王" + c, options).RarestTier);
        }

        Assert.Same(pool, ChsiFaker.TierCharacters(tier));
    }

    [Fact]
    public void NotHanzi_is_no_tier()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChsiFaker(0).NameWithRareCharacter(HanziTier.NotHanzi));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChsiFaker(0).NameWithRareCharacter((HanziTier)42));
    }

    [Property(MaxTest = 1000)]
    public Property Email_addresses_pass_at_reserved_domains() =>
        Prop.ForAll(ChsiGen.Email().ToArbitrary(), address =>
        {
            EmailResult result = Email.Validate(address);
            string domain = address[(address.IndexOf('@') + 1)..];
            return (result.IsValid && result.Normalized == address && domain is "example.com" or "example.net" or "example.org")
                .Label(address)
                .Classify(address.IndexOfAny(['.', '_', '-']) < address.IndexOf('@') && address.IndexOfAny(['.', '_', '-']) >= 0, "separator in the local part");
        });

    [Fact]
    public void Email_at_a_chosen_domain()
    {
        var faker = new ChsiFaker(5);
        for (int i = 0; i < 200; i++)
        {
            string address = faker.Email("qq.com");
            Assert.EndsWith("@qq.com", address, StringComparison.Ordinal);
            Assert.True(Email.Validate(address).IsValid, address);
        }

        Assert.Throws<ArgumentException>(() => faker.Email("localhost"));
        Assert.Throws<ArgumentException>(() => faker.Email("exa mple.com"));
    }
}

public class InvalidInputTests
{
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(2000);

    private static readonly IdNumberOptions Strict = new() { Strict = true };
    private static readonly PersonNameOptions RareIsError = new() { RareCharacterIsError = true };

    public static TheoryData<IdNumberError> IdReasons() => [.. Enum.GetValues<IdNumberError>().Where(e => e != IdNumberError.None)];

    public static TheoryData<MobileNumberError> MobileReasons() => [.. Enum.GetValues<MobileNumberError>().Where(e => e != MobileNumberError.None)];

    public static TheoryData<PersonNameError> NameReasons() => [.. Enum.GetValues<PersonNameError>().Where(e => e != PersonNameError.None)];

    [Theory]
    [MemberData(nameof(IdReasons))]
    public void Id_inputs_fail_with_the_reason_asked_for(IdNumberError reason)
    {
        IdNumberOptions options = reason == IdNumberError.NotCanonical ? Strict : IdNumberOptions.Default;
        Prop.ForAll(ChsiGen.InvalidIdNumber(reason).ToArbitrary(), input =>
        {
            IdNumberResult result = IdNumber.Validate(input, options);
            return (result.Error == reason && !result.IsValid && !IdNumber.IsValid(input, options)).Label($"'{input}' → {result.Error}");
        }).Check(Thorough);
    }

    [Fact]
    public void Not_canonical_input_is_accepted_by_the_default_options()
    {
        var faker = new ChsiFaker(9);
        for (int i = 0; i < 100; i++)
        {
            Assert.True(IdNumber.Validate(faker.Invalid.IdNumber(IdNumberError.NotCanonical)).IsValid);
        }
    }

    [Theory]
    [MemberData(nameof(MobileReasons))]
    public void Mobile_inputs_fail_with_the_reason_asked_for(MobileNumberError reason)
    {
        Prop.ForAll(ChsiGen.InvalidMobileNumber(reason).ToArbitrary(), input =>
        {
            MobileNumberOptions options = reason == MobileNumberError.KindNotAccepted
                ? new MobileNumberOptions { AcceptedKinds = MobileNumberKind.PublicMobile }
                : MobileNumberOptions.Default;
            MobileNumberResult result = MobileNumber.Validate(input, options);
            return (result.Error == reason && !MobileNumber.IsValid(input, options)).Label($"'{input}' → {result.Error}");
        }).Check(Thorough);
    }

    [Theory]
    [MemberData(nameof(NameReasons))]
    public void Name_inputs_fail_with_the_reason_asked_for(PersonNameError reason)
    {
        PersonNameOptions options = reason == PersonNameError.RareCharacter ? RareIsError : PersonNameOptions.Default;
        Prop.ForAll(ChsiGen.InvalidPersonName(reason).ToArbitrary(), input =>
        {
            PersonNameResult result = PersonName.Validate(input, options);
            return (result.Error == reason && !result.IsValid).Label($"'{input}' → {result.Error}");
        }).Check(Thorough);
    }

    public static TheoryData<EmailError> EmailReasons() => [.. Enum.GetValues<EmailError>().Where(e => e != EmailError.None)];

    [Theory]
    [MemberData(nameof(EmailReasons))]
    public void Email_inputs_fail_with_the_reason_asked_for(EmailError reason)
    {
        Prop.ForAll(ChsiGen.InvalidEmail(reason).ToArbitrary(), input =>
        {
            EmailResult result = Email.Validate(input);
            return (result.Error == reason && !result.IsValid).Label($"'{input}' → {result.Error}");
        }).Check(Thorough);
    }

    [Fact]
    public void None_and_undefined_reasons_are_refused()
    {
        InvalidInputs invalid = new ChsiFaker(0).Invalid;
        Assert.Throws<ArgumentOutOfRangeException>(() => invalid.IdNumber(IdNumberError.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => invalid.IdNumber((IdNumberError)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => invalid.MobileNumber(MobileNumberError.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => invalid.PersonName(PersonNameError.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => invalid.Email(EmailError.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => invalid.Email((EmailError)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChsiGen.InvalidIdNumber(IdNumberError.None));
    }
}

public class IntegrationTests
{
    [Property(Arbitrary = [typeof(ChsiArbitraries)], MaxTest = 200)]
    public bool Arbitraries_are_found_by_type(ValidIdNumber id, ValidMobileNumber mobile, ValidPersonName name, ValidEmail email) =>
        IdNumber.IsValid(id.Value) && MobileNumber.IsValid(mobile.Value) && PersonName.Validate(name.Value).IsValid
        && Email.Validate(email.Value).IsValid && id.ToString() == id.Value;

    [Fact]
    public void Arbitraries_merge_into_an_ArbMap()
    {
        IArbMap map = ArbMap.Default.Merge<ChsiArbitraries>();
        Prop.ForAll(map.ArbFor<ValidIdNumber>(), id => IdNumber.IsValid(id.Value)).QuickCheckThrowOnFailure();
    }

    private sealed class Student
    {
        public string Name { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Mobile { get; set; } = "";
        public string Email { get; set; } = "";
    }

    private static List<Student> Students(int seed) => new global::Bogus.Faker<Student>()
        .UseSeed(seed)
        .RuleFor(s => s.Name, f => ChsiValidation.Testing.Bogus.ChsiBogusExtensions.Chsi(f).PersonName())
        .RuleFor(s => s.IdNumber, f => ChsiValidation.Testing.Bogus.ChsiBogusExtensions.Chsi(f).IdNumber())
        .RuleFor(s => s.Mobile, f => ChsiValidation.Testing.Bogus.ChsiBogusExtensions.Chsi(f.Random).MobileNumber())
        .RuleFor(s => s.Email, f => ChsiValidation.Testing.Bogus.ChsiBogusExtensions.Chsi(f).Email())
        .Generate(50);

    [Fact]
    public void Bogus_rules_are_valid_and_follow_the_Bogus_seed()
    {
        List<Student> first = Students(42);
        List<Student> again = Students(42);
        List<Student> other = Students(43);
        Assert.Equal(first.Select(s => s.IdNumber), again.Select(s => s.IdNumber));
        Assert.Equal(first.Select(s => s.Mobile), again.Select(s => s.Mobile));
        Assert.NotEqual(first.Select(s => s.IdNumber), other.Select(s => s.IdNumber));
        foreach (Student s in first)
        {
            Assert.True(PersonName.Validate(s.Name).IsValid, s.Name);
            Assert.True(IdNumber.IsValid(s.IdNumber), s.IdNumber);
            Assert.True(MobileNumber.IsValid(s.Mobile), s.Mobile);
            Assert.True(Email.Validate(s.Email).IsValid, s.Email);
        }

        Assert.Throws<ArgumentNullException>(() => ChsiValidation.Testing.Bogus.ChsiBogusExtensions.Chsi((global::Bogus.Faker)null!));
    }

    [Fact]
    public void SplitMix64_matches_its_reference_output()
    {
        // Reference: SplitMix64 seeded with 0 (Vigna's splitmix64.c) starts 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4.
        var faker = new ChsiFaker(0);
        Assert.Equal(0L, faker.Seed);
        var random = typeof(ChsiFaker).Assembly.GetType("ChsiValidation.Testing.SeededRandom")!;
        object instance = Activator.CreateInstance(random, 0L)!;
        var next = random.GetMethod("NextUInt64", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        Assert.Equal(0xE220A8397B1DCDAFUL, (ulong)next.Invoke(instance, null)!);
        Assert.Equal(0x6E789E6AA1B965F4UL, (ulong)next.Invoke(instance, null)!);
    }
}
