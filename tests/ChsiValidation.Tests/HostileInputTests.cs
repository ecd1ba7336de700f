using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Time.Testing;

namespace ChsiValidation.Tests;

/// <summary>
/// Hostile input across every public entry point: huge inputs cost bounded work, shared use from many threads
/// gives the sequential answers, and characters that hide or reorder text are rejected where they do not belong.
/// Each table below is one line per entry point: add yours when you add an entry point.
/// </summary>
public class HostileInputTests
{
    private const int OneMegabyte = 1 << 20; // characters

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 4, 0, 0, TimeSpan.Zero));
    private static readonly IdNumberOptions IdOptions = new() { TimeProvider = Clock };
    private static readonly IdNumberOptions IdKnownCode = IdOptions with { RegionCheck = RegionCheck.KnownCode };

    /// <summary>An entry point taking a string, and whether its result is the rejection for an over-long input.</summary>
    public sealed record StringEntry(string Name, Func<string, object> Call, Func<object, bool> IsLengthRejection);

    /// <summary>An entry point taking a span; <see langword="true"/> when it rejected the input.</summary>
    public delegate bool SpanEntry(ReadOnlySpan<char> input);

    /// <summary>The code each rule of <see cref="ChsiRule.All"/> gives an over-long input: the first check of every rule.</summary>
    private static readonly HashSet<string> LengthRejections =
    [
        ErrorCodes.Of(IdNumberError.InvalidLength), ErrorCodes.Of(PersonNameError.TooLong), ErrorCodes.Of(MobileNumberError.InvalidLength),
        ErrorCodes.Of(EmailError.TooLong), ErrorCodes.Of(SmsCodeError.InvalidLength), ErrorCodes.Of(UsernameError.NotRecognized),
        ErrorCodes.Of(PasswordError.TooLong), ErrorCodes.Of(CaptchaError.InvalidLength), ErrorCodes.Of(SupportRequestError.TooLong),
    ];

    private static readonly StringEntry[] StringEntries =
    [
        // Every rule, from the one list (a new rule is covered by adding it there) ...
        .. ChsiRule.All.Select(rule => new StringEntry(rule.Name, s => rule.Validate(s), r => r is IRuleResult { ErrorCode: string code } && LengthRejections.Contains(code))),

        // ... and the entry points with options or shapes of their own.
        new("IdNumber.Validate strict", s => IdNumber.Validate(s, IdOptions with { Strict = true }), r => ((IdNumberResult)r).Error == IdNumberError.InvalidLength),
        new("IdNumber.TryUpgradeFirstGeneration", s => IdNumber.TryUpgradeFirstGeneration(s, out _), r => !(bool)r),
        new("PersonName.Validate Latin", s => PersonName.Validate(s, new PersonNameOptions { AllowLatin = true }), r => ((PersonNameResult)r).Error == PersonNameError.TooLong),
        .. CertificateTypes.All.Select(type => new StringEntry(
            $"CertificateNumber.Validate({type})",
            s => CertificateNumber.Validate(type, s),
            r => ((CertificateNumberResult)r).Error is CertificateNumberError.TooLong or CertificateNumberError.InvalidFormat
                || ((CertificateNumberResult)r).IdNumber?.Error == IdNumberError.InvalidLength)),
    ];

    private static readonly (string Name, SpanEntry Rejects)[] SpanEntries =
    [
        ("IdNumber.IsValid", s => !IdNumber.IsValid(s, IdOptions)),
        ("IdNumber.TryUpgradeFirstGeneration(span)", s => !IdNumber.TryUpgradeFirstGeneration(s, stackalloc char[18], out _)),
        ("IdNumber.TryComputeCheckCharacter", s => !IdNumber.TryComputeCheckCharacter(s, out _)),
        ("AdministrativeDivision.IsKnown", s => !AdministrativeDivision.IsKnown(s)),
        ("AdministrativeDivision.TryGetName", s => !AdministrativeDivision.TryGetName(s, out _)),
        ("MobileNumber.IsValid", s => !MobileNumber.IsValid(s)),
    ];

    // Fillers for huge inputs: what each rule accepts (digits, spaces, full-width), and what it rejects early.
    private static readonly char[] Fillers = ['1', ' ', '\u3000', '\uFF11', 'A', '\uD800', '\u200B'];

    /// <summary>
    /// Work on a 1 MB input must not grow with its length. Wall time cannot show that on a shared machine, so this counts
    /// bytes allocated on this thread (<see cref="GC.GetAllocatedBytesForCurrentThread"/>, exact and unaffected by other
    /// threads): a rule that copied, trimmed, normalised, upper-cased or regex-matched the input would allocate at least
    /// its size (2 MB for 1 M characters), so the call must allocate less than 1 KB on both a 1 M- and a 2 M-character
    /// input (boxing the result included), and the same amount on both. The result must also be the length rejection, which every rule checks first.
    /// Reading without allocating is counted by <see cref="Span_entry_points_read_a_bounded_prefix_of_huge_inputs"/>.
    /// </summary>
    [Fact]
    public void Huge_inputs_are_rejected_for_their_length_without_allocating_in_proportion()
    {
        foreach (char filler in Fillers)
        {
            string one = new(filler, OneMegabyte);
            string two = new(filler, 2 * OneMegabyte);
            string earlyInvalid = "\u202E" + new string('1', OneMegabyte - 1);
            foreach (StringEntry entry in StringEntries)
            {
                long small = Allocated(entry, one);
                long large = Allocated(entry, two);
                Assert.True(small < 1024, $"{entry.Name} allocated {small} bytes on 1 M × U+{(int)filler:X4}");
                Assert.True(small == large, $"{entry.Name} allocated {small} bytes on 1 M but {large} on 2 M × U+{(int)filler:X4}");
                Assert.True(entry.IsLengthRejection(entry.Call(one)), $"{entry.Name} on 1 M × U+{(int)filler:X4}");
                Assert.True(entry.IsLengthRejection(entry.Call(two)), $"{entry.Name} on 2 M × U+{(int)filler:X4}");
                Assert.True(entry.IsLengthRejection(entry.Call(earlyInvalid)), $"{entry.Name} on U+202E + 1 M digits");
                Assert.True(Allocated(entry, earlyInvalid) < 1024, $"{entry.Name} on U+202E + 1 M digits");
            }

            foreach ((string name, SpanEntry rejects) in SpanEntries)
            {
                Assert.True(rejects(one), $"{name} accepted 1 M × U+{(int)filler:X4}");
                Assert.True(rejects(two), $"{name} accepted 2 M × U+{(int)filler:X4}");
            }
        }
    }

    [Fact]
    public void Compare_refuses_huge_names_unread()
    {
        string huge = new('张', OneMegabyte);
        long before = GC.GetAllocatedBytesForCurrentThread();
        PersonNameComparison comparison = PersonName.Compare(huge, huge);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(PersonNameMatch.Different, comparison.Match);
        Assert.True(allocated < 1024, $"{allocated} bytes");
        Assert.Equal(PersonNameMatch.Different, PersonName.Compare("张三", huge).Match);
    }

    private static long Allocated(StringEntry entry, string input)
    {
        entry.Call(input); // JIT, static set-up and caches outside the measurement
        long before = GC.GetAllocatedBytesForCurrentThread();
        object result = entry.Call(input);
        long after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(result);
        return after - before; // includes boxing the result (under 200 bytes), the same for every input
    }

    /// <summary>
    /// Counts what the span entry points read of a huge input, in memory pages: the input lies in fresh anonymous memory
    /// that the kernel maps page by page on first touch, and mincore(2) then tells which of the region's pages are mapped.
    /// Reading all of 2 M characters would map all 1,024 pages (4 MB in 4 KB pages; huge pages are switched off for the
    /// region); a rule that rejects an over-long input up front maps none beyond the page holding the start. The count is
    /// of the input's own pages, so nothing else the thread does meanwhile (a GC suspension signal, stack growth) can
    /// touch it: an earlier version counted the thread's page faults, and a GC started by a parallel test once added 20.
    /// Linux only (the machines and CI run Linux); elsewhere the test returns early.
    /// </summary>
    [Fact]
    public void Span_entry_points_read_a_bounded_prefix_of_huge_inputs()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return;
        }

        const int Characters = 2 * OneMegabyte;
        foreach ((string name, SpanEntry rejects) in SpanEntries)
        {
            foreach (string prefix in new[] { "11010519491231002X", "\u202E1", "110105" })
            {
                using var region = new LazyRegion(Characters);
                ReadOnlySpan<char> input = region.Span(prefix);
                Assert.Equal(1, region.MappedPages()); // the page holding the prefix
                bool rejected = rejects(input);
                int mapped = region.MappedPages();
                Assert.True(rejected, $"{name} accepted 2 M characters starting {prefix}");
                Assert.True(mapped == 1, $"{name} mapped {mapped} pages of a 2 M-character input starting {prefix}: it reads the input");
            }
        }

        // The count works: reading the whole region maps every page.
        using (var region = new LazyRegion(Characters))
        {
            ReadOnlySpan<char> input = region.Span("1");
            int nonZero = input.IndexOfAnyExcept('\0', '1');
            Assert.True(nonZero < 0);
            Assert.Equal(region.Pages, region.MappedPages());
        }
    }

    /// <summary>
    /// Characters that hide, reorder or corrupt text (lone surrogates, bidi controls, zero-width and other format characters,
    /// controls) are rejected wherever they stand in an otherwise valid input, with the reason and position naming them.
    /// Facts with loops, not [InlineData]: xunit's serialisation turns lone surrogates into U+FFFD.
    /// </summary>
    [Fact]
    public void IdNumber_rejects_invisible_and_ill_formed_characters_where_they_stand()
    {
        const string Valid = "11010519491231002X";
        foreach (string hostile in HostileCharacters)
        {
            foreach (int at in new[] { 0, 1, 6, 17, 18 })
            {
                string input = Valid.Insert(at, hostile);
                foreach (IdNumberOptions options in new[] { IdOptions, IdOptions with { Strict = true }, IdKnownCode })
                {
                    IdNumberResult result = IdNumber.Validate(input, options);
                    Assert.True(result.Error == IdNumberError.InvalidCharacter && result.ErrorPosition == at,
                        $"{Describe(input)}: {result.Error} at {result.ErrorPosition}");
                    Assert.False(IdNumber.IsValid(input, options), Describe(input));
                }
            }

            Assert.False(IdNumber.TryUpgradeFirstGeneration("610104620927690".Insert(6, hostile), out _), Describe(hostile));
            Assert.False(IdNumber.TryComputeCheckCharacter("1101051949123100".Insert(3, hostile), out _), Describe(hostile));
        }
    }

    /// <summary>
    /// Every other rule, on a value it accepts, with a hostile character put at the start, inside and at the end: the
    /// result is a rejection. A rule's own legitimate characters are left out for it (𠮷 in a name, a password, 其他 or
    /// an internationalised domain name (zhangsan@qq.com𠮷 is a well-formed IDN);
    /// U+FFFD, a symbol, in a password or 其他; the unassigned U+FFFF in a password, which takes any typed character).
    /// </summary>
    [Fact]
    public void Every_rule_rejects_invisible_and_ill_formed_characters()
    {
        (string Rule, string Valid, Func<string, bool> IsValid, string[] Allowed)[] rules =
        [
            ("PersonName", "张三丰", s => PersonName.Validate(s).IsValid, ["\U00020BB7"]),
            ("PersonName Latin", "Zhang San", s => PersonName.Validate(s, new PersonNameOptions { AllowLatin = true }).IsValid, ["\U00020BB7"]),
            ("MobileNumber", "13800138000", s => MobileNumber.Validate(s).IsValid, []),
            ("MobileNumber.IsValid", "13800138000", s => MobileNumber.IsValid(s), []),
            ("Email", "zhangsan@qq.com", s => Email.Validate(s).IsValid, ["\U00020BB7"]),
            ("SmsCode", "012345", s => SmsCode.Validate(s).IsValid, []),
            ("SmsCode.IsValid", "012345", s => SmsCode.IsValid(s), []),
            ("Username", "13800138000", s => Username.Validate(s).IsValid, []),
            ("Username email", "zhangsan@qq.com", s => Username.Validate(s).IsValid, ["\U00020BB7"]),
            ("Passport", "E12345678", s => CertificateNumber.Validate(CertificateType.Passport, s).IsValid, []),
            ("HongKongMacaoTravelPermit", "H12345678", s => CertificateNumber.Validate(CertificateType.HongKongMacaoTravelPermit, s).IsValid, []),
            ("TaiwanTravelPermit", "12345678", s => CertificateNumber.Validate(CertificateType.TaiwanTravelPermit, s).IsValid, []),
            ("Other", "AB-123", s => CertificateNumber.Validate(CertificateType.Other, s).IsValid, ["\U00020BB7", "\uFFFD"]),
            ("Password", "abc12345", s => Password.Validate(s).IsValid, ["\U00020BB7", "\uFFFD", "\uFFFF"]),
            ("Captcha", "a8Kp", s => Captcha.Validate(s).IsValid, []),
        ];
        foreach ((string rule, string valid, Func<string, bool> isValid, string[] allowed) in rules)
        {
            Assert.True(isValid(valid), rule);
            foreach (string hostile in HostileCharacters.Except(allowed))
            {
                foreach (int at in new[] { 0, 1, valid.Length / 2, valid.Length })
                {
                    string input = valid.Insert(at, hostile);
                    Assert.False(isValid(input), $"{rule} accepted {Describe(input)}");
                }
            }
        }
    }

    [Fact]
    public void AdministrativeDivision_rejects_invisible_and_ill_formed_characters()
    {
        foreach (string hostile in HostileCharacters)
        {
            foreach (string code in new[] { "110105".Insert(0, hostile), "110105" + hostile, "11010".Insert(3, hostile) })
            {
                Assert.False(AdministrativeDivision.IsKnown(code), Describe(code));
                Assert.False(AdministrativeDivision.TryGetName(code, out _), Describe(code));
            }
        }
    }

    /// <summary>
    /// One set of shared options and the shared name cache used from 16 threads at once give exactly the sequential
    /// results. The threads start together (barrier) and walk the inputs from different offsets, so that first uses of
    /// lazily built state (AdministrativeDivision's name cache) race.
    /// </summary>
    [Fact]
    public void Results_from_16_threads_equal_the_sequential_results()
    {
        string[] inputs = [.. ThreadInputs()];
        int[] codes = [110105, 110103, 321083, 441900, 419001, 810000, 820000, 650000, 110199, 999999, 0, -1];
        object[] expected = [.. inputs.Select(Outcome), .. codes.Select(CodeOutcome)];

        const int Threads = 16;
        var results = new object[Threads][];
        using var start = new Barrier(Threads);
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var mine = new object[expected.Length];
            for (int round = 0; round < 20; round++)
            {
                for (int k = 0; k < expected.Length; k++)
                {
                    int i = (k + t * 7) % expected.Length;
                    mine[i] = i < inputs.Length ? Outcome(inputs[i]) : CodeOutcome(codes[i - inputs.Length]);
                }
            }

            results[t] = mine;
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        for (int t = 0; t < Threads; t++)
        {
            Assert.Equal(expected, results[t]);
        }

        static object Outcome(string input) => (
            IdNumber.Validate(input, IdOptions),
            IdNumber.Validate(input, IdKnownCode),
            IdNumber.IsValid(input, IdOptions),
            IdNumber.TryUpgradeFirstGeneration(input, out string? upgraded) ? upgraded : null,
            (NameOutcome(input), MobileNumber.Validate(input), Email.Validate(input), SmsCode.Validate(input), Username.Validate(input).Error),
            (CertificateNumber.Validate(CertificateType.Passport, input), CertificateNumber.Validate(CertificateType.Other, input), Password.Validate(input), Captcha.Validate(input)));

        // A name result holds lists (compared by reference): compare what they say instead.
        static string NameOutcome(string input)
        {
            PersonNameResult r = PersonName.Validate(input);
            return $"{r.Error}|{r.ErrorPosition}|{r.Normalized}|{r.CharacterCount}|"
                + string.Join(",", r.RareCharacters.Select(c => $"{c.CodePoint:X}:{c.Tier}:{string.Join("", c.Suggestions)}"))
                + "|" + string.Join(",", r.Normalizations.Select(n => $"{n.Kind}@{n.Index}"));
        }

        static object CodeOutcome(int code)
        {
            Span<char> buffer = stackalloc char[64];
            return (AdministrativeDivision.TryGetName(code, out string? name) ? name : null,
                AdministrativeDivision.TryFormatName(code, buffer, out int written) ? buffer[..written].ToString() : null,
                AdministrativeDivision.IsKnown(code));
        }
    }

    private static IEnumerable<string> ThreadInputs()
    {
        yield return "11010519491231002X";
        yield return "11010519491231002x";
        yield return "１１０１０５１９４９１２３１００２Ｘ";
        yield return "110105 19491231 002X";
        yield return "110105194912310021";
        yield return "110105194902300021";
        yield return "610104620927690";
        yield return "110103198001010011";
        yield return "810000199408230021";
        yield return "\u202E11010519491231002X";
        yield return "1101051949123100\uD8002X";
        yield return "";
        yield return new string('1', 1000);
        foreach (string other in new[] { "阿沛·阿旺晋美", "阿沛•阿旺晋美", "王𠮷", "张⼈", "13800138000", "+86 138-0013-8000", "zhangsan@qq.con", "user@例子.中国", "０１２３４５", "E12345678", "abc12345" })
        {
            yield return other;
        }

        foreach (string hostile in HostileCharacters)
        {
            yield return "110105" + hostile + "19491231002X";
        }
    }

    /// <summary>Lone and reversed surrogates, bidi controls, zero-width and other format characters, controls.</summary>
    internal static IEnumerable<string> HostileCharacters =>
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", // lone high, lone low, reversed pair
        "\U00020BB7", // a well-formed pair (𠮷): a real character, still not an ID character
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E",
        "\0", "\t", "\n", "\r", "\u0085", "\u2028", "\u2029", "\uFFFD", "\uFFFF",
    ];

    internal static string Describe(string s) =>
        string.Join(' ', s.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"U+{(int)c:X4}"));

    /// <summary>Fresh anonymous memory, mapped page by page on first touch; for counting the pages code reads.</summary>
    private sealed class LazyRegion : IDisposable
    {
        private const int ProtRead = 1, ProtWrite = 2, MapPrivate = 2, MapAnonymous = 0x20, MadvNoHugePage = 15;
        private readonly nint _address;
        private readonly nuint _bytes;
        private readonly int _characters;

        public LazyRegion(int characters)
        {
            _characters = characters;
            _bytes = (nuint)characters * sizeof(char);
            _address = mmap(0, _bytes, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, 0);
            Assert.True(_address != -1, "mmap failed");
            _ = madvise(_address, _bytes, MadvNoHugePage); // one fault per 4 KB page, not per 2 MB
        }

        /// <summary>The whole region as characters, with <paramref name="prefix"/> written at the start (the rest is U+0000).</summary>
        public ReadOnlySpan<char> Span(string prefix)
        {
            // No unsafe code in this project: a reference made from the address (a null reference moved by it).
            ref char first = ref Unsafe.AddByteOffset(ref Unsafe.NullRef<char>(), _address);
            Span<char> span = MemoryMarshal.CreateSpan(ref first, _characters);
            prefix.CopyTo(span);
            return span;
        }

        public void Dispose() => _ = munmap(_address, _bytes);

        /// <summary>The region's size in memory pages.</summary>
        public int Pages => (int)((_bytes + (nuint)Environment.SystemPageSize - 1) / (nuint)Environment.SystemPageSize);

        /// <summary>How many of the region's pages are mapped, that is, have been touched since it was made (mincore(2)).</summary>
        public int MappedPages()
        {
            byte[] vector = new byte[Pages];
            Assert.Equal(0, mincore(_address, _bytes, vector));
            return vector.Count(page => (page & 1) != 0);
        }

        [DllImport("libc", SetLastError = true)]
        private static extern nint mmap(nint addr, nuint length, int prot, int flags, int fd, nint offset);

        [DllImport("libc", SetLastError = true)]
        private static extern int munmap(nint addr, nuint length);

        [DllImport("libc", SetLastError = true)]
        private static extern int madvise(nint addr, nuint length, int advice);

        [DllImport("libc", SetLastError = true)]
        private static extern int mincore(nint addr, nuint length, byte[] vector);
    }
}
