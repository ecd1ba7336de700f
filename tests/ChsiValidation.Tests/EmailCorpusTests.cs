using System.Xml.Linq;
using Xunit.Abstractions;

namespace ChsiValidation.Tests;

/// <summary>
/// Scores <see cref="Email.Validate(string?, EmailOptions?)"/> on the is_email test suite (dominicsayers/isemail v3.05,
/// BSD 3-Clause) from ../shared/corpora next to the repository. Skipped, not failed, on a clone without it: the corpus
/// is not part of the project. Scoring (../shared/corpora/README.md): core = ISEMAIL_VALID* and ISEMAIL_DNSWARN*
/// accepted, ISEMAIL_ERR* rejected; strict = also ISEMAIL_RFC5321*, ISEMAIL_CFWS*, ISEMAIL_DEPREC*, ISEMAIL_RFC5322*
/// rejected.
/// </summary>
public class EmailCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Isemail_corpus_misses_only_the_policy_rejections_and_scores_97_percent_strict()
    {
        string? path = FindCorpus();
        Skip.If(path is null, "../shared/corpora/isemail-tests.xml is not beside the repository.");

        var coreMisses = new List<string>();
        var strictMisses = new List<string>();
        int coreTotal = 0;
        int strictTotal = 0;
        foreach (XElement test in XDocument.Load(path!).Root!.Elements("test"))
        {
            string address = Decode((string?)test.Element("address") ?? string.Empty);
            string category = (string)test.Element("category")!;
            EmailResult result = Email.Validate(address);
            bool shouldAccept = category.StartsWith("ISEMAIL_VALID", StringComparison.Ordinal)
                || category.StartsWith("ISEMAIL_DNSWARN", StringComparison.Ordinal);
            bool isCore = shouldAccept || category.StartsWith("ISEMAIL_ERR", StringComparison.Ordinal);
            bool miss = result.IsValid != shouldAccept;
            string line = $"#{(string?)test.Attribute("id")} {category} {Escape(address)} → {result.Error}";
            strictTotal++;
            if (miss)
            {
                strictMisses.Add(line);
            }

            if (isCore)
            {
                coreTotal++;
                if (miss)
                {
                    coreMisses.Add(line);
                }
            }
        }

        double core = 100.0 * (coreTotal - coreMisses.Count) / coreTotal;
        double strict = 100.0 * (strictTotal - strictMisses.Count) / strictTotal;
        output.WriteLine($"core {coreTotal - coreMisses.Count}/{coreTotal} = {core:F1}%, strict {strictTotal - strictMisses.Count}/{strictTotal} = {strict:F1}%");
        foreach (string miss in strictMisses)
        {
            output.WriteLine("miss: " + miss);
        }

        // The only misses allowed are the policy's deliberate rejections of addresses the corpus calls valid: a
        // single-label domain (test@io) and one-letter top-level domains (test@iana.a, and the 253-character
        // a@a.b.c…v whose TLD is "v"). These three cost 3 of 88 core cases: core is 85/88 = 96.6%, just under the 97%
        // the issue hoped for, because the corpus holds two one-letter-TLD cases, not one. Every other case is right.
        Assert.All(strictMisses, miss => Assert.Matches(@"→ (SingleLabelDomain|TopLevelDomainInvalid)$", miss));
        Assert.True(coreMisses.Count <= 3, $"core {core:F1}%: {string.Join("; ", coreMisses)}");
        Assert.True(strict >= 97, $"strict {strict:F1}%");
    }

    /// <summary>The corpus writes control characters as U+2400 + code (U+2407 = BEL).</summary>
    private static string Decode(string address) =>
        string.Concat(address.Select(c => c is >= '\u2400' and < '\u2420' ? (char)(c - 0x2400) : c));

    private static string Escape(string s) =>
        string.Concat(s.Select(c => c < 0x20 || c == 0x7F ? $"\\x{(int)c:X2}" : c.ToString()));

    /// <summary>Walks up from the test assembly to the repository root (the folder with ChsiValidation.sln), then ../shared/corpora.</summary>
    private static string? FindCorpus()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChsiValidation.sln")))
            {
                string candidate = Path.Combine(directory.FullName, "..", "shared", "corpora", "isemail-tests.xml");
                return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
