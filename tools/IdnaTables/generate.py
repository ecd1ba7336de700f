#!/usr/bin/env python3
"""Writes src/ChsiValidation/Generated/IdnaTables.g.cs from the Unicode Character Database shipped by Debian's
unicode-data package (/usr/share/unicode): UnicodeData.txt (general category, canonical combining class, canonical
decomposition, simple lowercase mapping), DerivedNormalizationProps.txt (NFKC_Casefold, NFC_Quick_Check),
DerivedAge.txt and CompositionExclusions.txt. It also writes, for the tests only, the code points assigned in that
Unicode version (tests/ChsiValidation.Tests/UnicodeAssigned.g.cs).

The email rule reads the tables instead of asking ICU, so that an internationalised domain gets the same verdict with
ICU and under invariant globalization (no ICU: IdnMapping then only Punycode-encodes and string.Normalize does nothing).

  * Refused: the code points from U+0080 up that IDNA's UTS #46 mapping would rewrite beyond lower-casing, as ranges.
    A code point is refused when it is a character the email rule's label check accepts (a letter Lu Ll Lm Lo, a mark
    Mn Mc, a decimal digit Nd, U+3007) whose NFKC_Casefold differs from its simple lowercase mapping (itself if none),
    or an upper-case letter of Unicode 3.2 whose lower case came later (DerivedAge.txt: U+04C0, U+10A0..U+10C5, U+2132,
    U+2183), which UTS #46 disallows to keep IDNA2003's verdict. UTS #46 maps a character to its NFKC_Casefold (§5,
    Table 3 derivation), so those are the characters it rewrites into something a lower-casing would not give:
    ligatures, compatibility and width variants, mathematical letters, the dotted capital I, compatibility ideographs,
    Cherokee (which case-folds to upper case, against the simple lowercase mapping), default ignorables. Kept: the four
    deviation characters, which nontransitional processing (what IdnMapping does) leaves as they are: U+00DF, U+03C2,
    U+200C, U+200D. Every other code point (symbols, punctuation, controls, unassigned code points: the characters the
    label check rejects anyway) is "don't care": the ranges' ends are placed to need as few ranges as possible.
  * Composition: for the code points the label check accepts and the table does not refuse, the canonical combining
    class, whether NFC_Quick_Check is Maybe (the character may combine with what precedes it) and whether the code
    point starts a canonical composition (the first of a pair whose composite NFC keeps), as runs of one palette entry.
    Used only where string.Normalize does not normalise (invariant globalization), by UAX #15's quick check.

Run by hand (CI does not run it; builds use the committed file):

  apt-get install -y unicode-data
  python3 tools/IdnaTables/generate.py              # from the repository root
"""
import os, re, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from packed_deltas import varints  # noqa: E402  (tools/packed_deltas.py)

UNICODE = os.environ.get("UNICODE_DATA_DIR", "/usr/share/unicode")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "src", "ChsiValidation", "Generated", "IdnaTables.g.cs")
FIRST = 0x80  # the refused table; the composition table starts at 0 (ASCII letters start compositions)
LAST = 0x10FFFF
DEVIATIONS = {0x00DF, 0x03C2, 0x200C, 0x200D}


def open_text(name):
    path = os.path.join(UNICODE, name)
    if not os.path.exists(path):
        sys.exit(f"missing {path}: apt-get install -y unicode-data")
    return open(path, encoding="utf-8")


def package_version(name):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True).stdout or "unknown"
    except OSError:
        return "unknown"


def file_date(name):
    with open_text(name) as f:
        for line in f:
            m = re.match(r"# Date: (\d{4}-\d{2}-\d{2})", line)
            if m:
                return m.group(1)
    return "unknown"


with open_text("ReadMe.txt") as f:
    m = re.search(r"Version (\d+\.\d+\.\d+) of the Unicode Standard", f.read())
    unicode_version = m.group(1) if m else "unknown"

# UnicodeData.txt, with its First/Last ranges.
category = {}
ccc = {}
lower = {}
decomposition = {}
with open_text("UnicodeData.txt") as f:
    pending = None
    for line in f:
        fields = line.rstrip("\n").split(";")
        cp = int(fields[0], 16)
        name = fields[1]
        if name.endswith(", First>"):
            pending = cp
            continue
        start = pending if name.endswith(", Last>") else cp
        pending = None
        for c in range(start, cp + 1):
            category[c] = fields[2]
            if fields[3] != "0":
                ccc[c] = int(fields[3])
        if fields[5]:
            decomposition[cp] = fields[5]
        if fields[13]:
            lower[cp] = int(fields[13], 16)

def property_lines(name):
    """(code point, fields after the first) for every code point of every data line of a UCD property file."""
    with open_text(name) as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            parts = [p.strip() for p in line.split(";")]
            lo, _, hi = parts[0].partition("..")
            for c in range(int(lo, 16), int(hi or lo, 16) + 1):
                yield c, parts[1:]


# DerivedNormalizationProps.txt: NFKC_CF (missing: the code point itself) and NFC_QC=M/N.
nfkc_cf = {}
nfc_qc = {}
for c, fields in property_lines("DerivedNormalizationProps.txt"):
    if fields[0] == "NFKC_CF":
        nfkc_cf[c] = tuple(int(x, 16) for x in fields[1].split()) if fields[1] else ()
    elif fields[0] == "NFC_QC":
        nfc_qc[c] = fields[1]

# DerivedAge.txt: the Unicode version that assigned each code point.
age = {c: tuple(int(x) for x in fields[0].split(".")) for c, fields in property_lines("DerivedAge.txt")}

exclusions = {c for c, _ in property_lines("CompositionExclusions.txt")}


def label_character(c):
    """What Email.Classify accepts (a letter, a mark after a letter, a decimal digit), read with this data's categories."""
    if c in (0x0640, 0x07FA, 0x302E, 0x302F, 0x303B) or 0x3031 <= c <= 0x3035:
        return False
    gc = category.get(c, "Cn")
    if gc in ("Lu", "Ll", "Lm", "Lo", "Nd") or c == 0x3007:
        return True
    if gc in ("Mn", "Mc"):
        return not (0x20D0 <= c <= 0x20FF or 0x1D100 <= c <= 0x1D24F)
    return False


def folded(c):
    return nfkc_cf.get(c, (c,))


def late_lower_case(c):
    """An upper-case letter of Unicode 3.2 (IDNA2003's version) whose lower case came later (U+04C0, U+10A0..U+10C5,
    U+2132, U+2183): IDNA2003 had nothing to map it to, and UTS #46 keeps that verdict: disallowed."""
    return c in lower and age.get(c, (99,)) <= (3, 2) and age.get(lower[c], (99,)) > (3, 2)


def remapped(c):
    return c not in DEVIATIONS and (folded(c) != (lower.get(c, c),) or late_lower_case(c))


# 1. Refused code points: True (refused), False (accepted), None (don't care).
def verdict(c):
    # Unassigned code points are "don't care" too: the label check reads the runtime's character data, which refuses
    # them where it is Unicode 15.0 (.NET 8); newer data (.NET 10: Unicode 16.0) takes the letters added since, which ICU
    # 72 refuses as unassigned. Refusing them here too would take 4 times as many ranges.
    if not label_character(c):
        return None
    return remapped(c)


boundaries = []  # code points where the refused state flips; the state before the first is "accepted"
state = False
refused_count = accepted_count = 0
for c in range(FIRST, LAST + 1):
    v = verdict(c)
    if v is None:
        continue
    if v:
        refused_count += 1
    else:
        accepted_count += 1
    if v != state:
        # The flip goes at the first code point that needs the new state: any point of the don't-care gap before it would
        # do, and flipping only where a verdict forces it gives the fewest ranges.
        boundaries.append(c)
        state = v


refused_bytes = varints(boundaries)

# Sanity checks on well-known characters.
def refused(c):
    import bisect
    return bisect.bisect_right(boundaries, c) % 2 == 1


for c in (0x04C0, 0x10A0, 0x2132, 0x2183, 0xFB01, 0x0130, 0xFF41, 0x1D41A, 0xFE0F, 0xF900, 0x2F800, 0x1E9E, 0x00B5, 0x017F, 0xFF71, 0x13A0, 0xAB70, 0x0345, 0x0958):
    assert refused(c), hex(c)
for c in (0x4F8B, 0x00FC, 0x00C4, 0x00DF, 0x03C2, 0x0BBE, 0x0BA4, 0x0BCD, 0x3007, 0x20000, 0x0301, 0x00E9, 0x0915, 0x093C):
    assert not refused(c), hex(c)

# 2. Composition data for the characters a label may keep.
compositions = {}
for c, d in decomposition.items():
    if d.startswith("<"):
        continue
    parts = [int(x, 16) for x in d.split()]
    if len(parts) == 2 and c not in exclusions and ccc.get(parts[0], 0) == 0:
        compositions.setdefault(parts[0], []).append((parts[1], c))


def kept(c):
    return label_character(c) and (c < FIRST or not refused(c))


def entry(c):
    """(combining class, NFC_QC is Maybe, starts a composition); None when the rule refuses c anyway."""
    if not kept(c):
        return None
    # Hangul: a leading consonant L composes with a vowel V, an LV syllable with a trailing consonant T (algorithmic).
    starts = c in compositions or 0x1100 <= c <= 0x1112 or (0xAC00 <= c <= 0xD7A3 and (c - 0xAC00) % 28 == 0)
    return (ccc.get(c, 0), nfc_qc.get(c) == "M", starts)


for c in range(0, LAST + 1):
    if kept(c):
        assert nfc_qc.get(c) != "N" or lower.get(c, c) != c, f"NFC_QC=No kept: {c:04X}"
        assert nfc_qc.get(lower.get(c, c)) != "N", f"lower case NFC_QC=No: {c:04X}"
        assert ccc.get(lower.get(c, c), 0) == ccc.get(c, 0)

runs = []  # (first code point, entry)
current = (0, False, False)
for c in range(0, LAST + 1):
    e = entry(c)
    if e is None or e == current:
        continue
    runs.append((c, e))
    current = e
palette = sorted({e for _, e in runs} | {(0, False, False)})
assert len(palette) < 256
palette_index = {e: i for i, e in enumerate(palette)}
composition_starts = varints([c for c, _ in runs])
composition_values = bytes(palette_index[e] for _, e in runs)
palette_words = [(cl << 2) | (2 if maybe else 0) | (1 if starts else 0) for cl, maybe, starts in palette]


def literal(values, fmt, per_line):
    items = [fmt.format(v) for v in values]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "[\n        " + ",\n        ".join(lines) + ",\n    ]"


version = package_version("unicode-data")
text = f"""// <auto-generated>
// Generated by tools/IdnaTables/generate.py — do not edit by hand. Rebuild (from the repository root):
//   apt-get install -y unicode-data && python3 tools/IdnaTables/generate.py
// Sources:
//   Debian package unicode-data {version} (Unicode {unicode_version}, Unicode Character Database):
//     UnicodeData.txt (general category, canonical combining class and decomposition, simple lowercase mapping);
//     DerivedAge.txt of {file_date('DerivedAge.txt')} (upper-case letters of Unicode 3.2 whose lower case came later);
//     DerivedNormalizationProps.txt of {file_date('DerivedNormalizationProps.txt')} (NFKC_Casefold, NFC_Quick_Check);
//     CompositionExclusions.txt of {file_date('CompositionExclusions.txt')}.
// </auto-generated>
#nullable enable

namespace ChsiValidation;

/// <summary>What IDNA (UTS #46) does to the characters of a domain label, from the Unicode data named in the file header.</summary>
internal static class IdnaTables
{{
    /// <summary>The Unicode version of the data the tables come from.</summary>
    internal const string UnicodeVersion = "{unicode_version}";

    /// <summary>The number of code points where <see cref="RefusedBoundaries"/> flips the refused state ({len(boundaries)}).</summary>
    internal const int RefusedBoundaryCount = {len(boundaries)};

    /// <summary>
    /// Code points from U+0080 up that a domain label may not have: the letters, marks and decimal digits whose
    /// NFKC_Casefold is not their simple lowercase mapping (less U+00DF, U+03C2, U+200C, U+200D), and the upper-case
    /// letters of Unicode 3.2 whose lower case came later. Each
    /// boundary, a LEB128 varint of its difference from the previous one (the first from 0), flips the state, which is
    /// "kept" below the first; a code point is refused when an odd number of boundaries are at or below it. Only the
    /// verdicts on the letters, marks and digits assigned in this Unicode version are meaningful ({refused_count:,} refused,
    /// {accepted_count:,} kept).
    /// </summary>
    internal static ReadOnlySpan<byte> RefusedBoundaries => {literal(refused_bytes, "{}", 32)};

    /// <summary>The number of runs in <see cref="CompositionStarts"/> ({len(runs)}).</summary>
    internal const int CompositionRunCount = {len(runs)};

    /// <summary>
    /// Where each run of composition data starts, as LEB128 varints of the difference from the previous start (the first
    /// from 0); below the first, and where a run says nothing, the entry is 0 (a starter that composes with nothing).
    /// Only the characters a label keeps are described: the others are refused before this is read.
    /// </summary>
    internal static ReadOnlySpan<byte> CompositionStarts => {literal(composition_starts, "{}", 32)};

    /// <summary>The palette index of each run.</summary>
    internal static ReadOnlySpan<byte> CompositionValues => {literal(composition_values, "{}", 32)};

    /// <summary>
    /// Palette: canonical combining class &lt;&lt; 2, | 2 when NFC_Quick_Check is Maybe (the character may compose with the
    /// starter before it), | 1 when the character is a starter that begins a canonical composition (Hangul L and LV
    /// included).
    /// </summary>
    internal static ReadOnlySpan<ushort> CompositionPalette => {literal(palette_words, "0x{:03X}", 12)};
}}
"""
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(text)
import zlib
print(f"wrote {OUT}: Unicode {unicode_version}; refused: {len(boundaries)} boundaries, {len(refused_bytes)} bytes "
      f"({len(zlib.compress(bytes(refused_bytes), 9))} deflated); composition: {len(runs)} runs, "
      f"{len(composition_starts)} + {len(composition_values)} bytes ({len(zlib.compress(bytes(composition_starts) + composition_values, 9))} deflated), "
      f"palette of {len(palette)}")

# For the tests: the ranges of code points from U+0080 up that this Unicode version assigns (the oracle test tells the
# letters of newer Unicode versions, which the runtime's character data may have, from the rest).
TEST_OUT = os.path.join(ROOT, "tests", "ChsiValidation.Tests", "UnicodeAssigned.g.cs")
assigned = []
for c in range(FIRST, LAST + 1):
    if c in category:
        if assigned and assigned[-1][1] == c - 1:
            assigned[-1][1] = c
        else:
            assigned.append([c, c])
test_text = f"""// <auto-generated>
// Generated by tools/IdnaTables/generate.py — do not edit by hand. Rebuild (from the repository root):
//   apt-get install -y unicode-data && python3 tools/IdnaTables/generate.py
// Source: Debian package unicode-data {version} (Unicode {unicode_version}): UnicodeData.txt.
// </auto-generated>
#nullable enable

namespace ChsiValidation.Tests;

/// <summary>The code points from U+0080 up that Unicode {unicode_version} assigns, the version of the IDNA tables (see the file header).</summary>
internal static class UnicodeAssigned
{{
    /// <summary>First and last code point of each assigned range, ascending ({len(assigned)} ranges).</summary>
    internal static ReadOnlySpan<int> Ranges => {literal([v for r in assigned for v in r], "0x{:05X}", 12)};

    /// <summary>Whether Unicode {unicode_version} assigns <paramref name="codePoint"/> (U+0080 and up).</summary>
    internal static bool Contains(int codePoint)
    {{
        ReadOnlySpan<int> ranges = Ranges;
        for (int i = 0; i < ranges.Length; i += 2)
        {{
            if (codePoint < ranges[i])
            {{
                return false;
            }}

            if (codePoint <= ranges[i + 1])
            {{
                return true;
            }}
        }}

        return false;
    }}
}}
"""
with open(TEST_OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(test_text)
print(f"wrote {TEST_OUT}: {len(assigned)} assigned ranges")
