#!/usr/bin/env python3
"""Writes src/ChsiValidation/Generated/HanziTables.g.cs from public data shipped by Debian:

  * unicode-data  (/usr/share/unicode): Unihan_OtherMappings (kGB0 = GB 2312, kTGH = 通用规范汉字表),
    Unihan_Variants (kTraditionalVariant, kSimplifiedVariant, kSemanticVariant, kZVariant, kSpoofingVariant),
    UnicodeData.txt (decompositions of Kangxi radicals and compatibility ideographs, ideograph blocks).
  * locales       (/usr/share/i18n/charmaps): GBK.gz and GB18030.gz, for the 80 GBK private-use codes
    U+E815..U+E864 and the characters GB 18030 gives the same bytes.

Run by hand (CI does not run it; builds use the committed file):

  apt-get install -y unicode-data locales
  python3 tools/UnihanTables/generate.py            # from the repository root
"""
import bz2, gzip, os, re, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from packed_deltas import varints  # noqa: E402  (tools/packed_deltas.py)

UNICODE = os.environ.get("UNICODE_DATA_DIR", "/usr/share/unicode")
CHARMAPS = os.environ.get("CHARMAPS_DIR", "/usr/share/i18n/charmaps")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "src", "ChsiValidation", "Generated", "HanziTables.g.cs")

# Block ranges (Unicode Blocks.txt). Ext I (15.1) and J (17.0) are newer than some data sets.
URO = (0x4E00, 0x9FFF)
EXT_A = (0x3400, 0x4DBF)
IN_GB18030 = [(0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0x2CEB0, 0x2EBEF)]
BEYOND_GB18030 = [(0x2EBF0, 0x2EE5F), (0x30000, 0x3134F), (0x31350, 0x323AF), (0x323B0, 0x3347F)]
UNIFIED_COMPAT = [0xFA0E, 0xFA0F, 0xFA11, 0xFA13, 0xFA14, 0xFA1F, 0xFA21, 0xFA23, 0xFA24, 0xFA27, 0xFA28, 0xFA29]
# Field order used to break ties between equally safe candidates: look-alikes first (FAQ item 3: 形近字).
FIELDS = ["kZVariant", "kSpoofingVariant", "kSemanticVariant", "kSimplifiedVariant", "kTraditionalVariant"]


def open_text(name):
    path = os.path.join(UNICODE, name)
    if os.path.exists(path):
        return open(path, encoding="utf-8")
    if os.path.exists(path + ".bz2"):
        return bz2.open(path + ".bz2", "rt", encoding="utf-8")
    sys.exit(f"missing {path}(.bz2): apt-get install -y unicode-data")


def unihan(name, fields):
    out = {f: {} for f in fields}
    with open_text(name) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cp, key, value = line.rstrip("\n").split("\t")
            if key in out:
                out[key][int(cp[2:], 16)] = value
    return out


def in_ranges(c, ranges):
    return any(a <= c <= b for a, b in ranges)


def package_version(name):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True).stdout or "unknown"
    except OSError:
        return "unknown"


with open_text("ReadMe.txt") as f:
    m = re.search(r"Version (\d+\.\d+\.\d+) of the Unicode Standard", f.read())
    unicode_version = m.group(1) if m else "unknown"

other = unihan("Unihan_OtherMappings.txt", ["kGB0", "kTGH"])
gb2312 = set(other["kGB0"])
tgh = set(other["kTGH"])
variants = unihan("Unihan_Variants.txt", FIELDS)

# Invariants the tests check again on the generated tables.
assert len(gb2312) == 6763, len(gb2312)
assert len(tgh) == 8105, len(tgh)
assert len(tgh - gb2312) == 1467
assert len([c for c in tgh if c > 0xFFFF]) == 196
assert all(URO[0] <= c <= URO[1] for c in gb2312)
assert all(EXT_A[0] <= c <= URO[1] or in_ranges(c, IN_GB18030) for c in tgh)

# UnicodeData.txt: decompositions (Kangxi radicals <compat>, compatibility ideographs canonical singletons).
decomp = {}
with open_text("UnicodeData.txt") as f:
    for line in f:
        fields = line.split(";")
        if fields[5]:
            decomp[int(fields[0], 16)] = fields[5]


def single(cp, tag):
    d = decomp.get(cp)
    if d is None:
        return 0
    parts = d.split()
    if tag:
        if parts[0] != tag:
            return 0
        parts = parts[1:]
    elif parts[0].startswith("<"):
        return 0
    assert len(parts) == 1, (hex(cp), d)
    return int(parts[0], 16)


kangxi = [single(c, "<compat>") for c in range(0x2F00, 0x2FD6)]
assert all(kangxi), "every Kangxi radical folds under NFKC"
radical_supplement = {c: single(c, "<compat>") for c in range(0x2E80, 0x2F00) if single(c, "<compat>")}
assert sorted(radical_supplement) == [0x2E9F, 0x2EF3], radical_supplement
compat_bmp = [single(c, "") for c in range(0xF900, 0xFB00)]
assert [0xF900 + i for i, t in enumerate(compat_bmp) if t == 0 and (0xF900 + i) in UNIFIED_COMPAT] == UNIFIED_COMPAT
compat_sup = [single(c, "") for c in range(0x2F800, 0x2FA20)]


def is_unified(c):
    return URO[0] <= c <= URO[1] or EXT_A[0] <= c <= EXT_A[1] or c in UNIFIED_COMPAT \
        or in_ranges(c, IN_GB18030) or in_ranges(c, BEYOND_GB18030)


def safety(c):
    """Lower is safer: first where the character is stored (basic block, Ext A, supplementary), then which list holds it."""
    if URO[0] <= c <= URO[1] or c in UNIFIED_COMPAT:
        block = 0
    elif EXT_A[0] <= c <= EXT_A[1]:
        block = 1
    elif in_ranges(c, IN_GB18030):
        block = 2
    else:
        block = 3
    listed = 0 if c in gb2312 else 1 if c in tgh else 2
    return (block, listed)


# Suggestions: for every ideograph, the variants that are safer than it, best first.
suggestions = {}
for priority, field in enumerate(FIELDS):
    for source, value in variants[field].items():
        if not is_unified(source):
            continue
        for token in value.split():
            target = int(token.split("<")[0][2:], 16)
            if target == source or not is_unified(target) or not safety(target) < safety(source):
                continue
            best = suggestions.setdefault(source, {})
            best[target] = min(best.get(target, priority), priority)
suggestion_keys = sorted(suggestions)
suggestion_counts, suggestion_values = [], []
for source in suggestion_keys:
    ordered = sorted(suggestions[source], key=lambda t: (safety(t), suggestions[source][t], t))
    suggestion_values.extend(ordered)
    suggestion_counts.append(len(ordered))
# The keys as LEB128 varints of their differences (about 1.1 bytes a key instead of 4), the counts one byte per key:
# both are unpacked once at run time. Stored as ushort starts, the table cost 8 KB of the
# assembly's brotli download; as counts, it costs under 300 bytes.
assert max(suggestion_counts) < 256
suggestion_key_deltas = list(varints(suggestion_keys))


# GBK put 80 characters at U+E815..U+E864 (bytes FE50..FEA0); GB 18030 gives the same bytes real code points.
def charmap(name):
    result = {}
    with gzip.open(os.path.join(CHARMAPS, name), "rt", encoding="latin-1") as f:
        for line in f:
            m = re.match(r"^<U([0-9A-F]+)>\s+(/x[0-9a-f]{2}(?:/x[0-9a-f]{2})*)\s", line)
            if m:
                result.setdefault(m.group(2), int(m.group(1), 16))
    return result


def charmap_commented_pua(name):
    """GBK.gz lists its private-use codes commented out ('% <UE815> /xfe/x50')."""
    result = {}
    with gzip.open(os.path.join(CHARMAPS, name), "rt", encoding="latin-1") as f:
        for line in f:
            m = re.match(r"^%?\s*<U(E8[0-9A-F]{2})>\s+(/x[0-9a-f]{2}/x[0-9a-f]{2})\b", line)
            if m:
                result[int(m.group(1), 16)] = m.group(2)
    return result


gbk_pua = charmap_commented_pua("GBK.gz")
gb18030 = charmap("GB18030.gz")
pua_map = []
for cp in range(0xE815, 0xE865):
    target = gb18030.get(gbk_pua.get(cp, ""), 0)
    # Only ideographs: some of the 80 are CJK radicals (U+2E81 ...), which are no name characters.
    pua_map.append(target if is_unified(target) else 0)
assert pua_map[0xE863 - 0xE815] == 0x4DAE, hex(pua_map[0xE863 - 0xE815])


def bits(lo, hi, members):
    data = bytearray((hi - lo + 1 + 7) // 8)
    for c in members:
        if lo <= c <= hi:
            data[(c - lo) >> 3] |= 1 << ((c - lo) & 7)
    return data


def literal(values, fmt, per_line):
    items = [fmt.format(v) for v in values]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "[\n        " + ",\n        ".join(lines) + ",\n    ]"


gb_bits = bits(URO[0], URO[1], gb2312)
tgh_bits = bits(EXT_A[0], URO[1], tgh)
tgh_sup = sorted(c for c in tgh if c > 0xFFFF)

header = f"""// <auto-generated>
// Generated by tools/UnihanTables/generate.py — do not edit by hand. Rebuild (from the repository root):
//   apt-get install -y unicode-data locales && python3 tools/UnihanTables/generate.py
// Sources:
//   Debian package unicode-data {package_version('unicode-data')} (Unicode {unicode_version}, Unihan database):
//     Unihan_OtherMappings.txt kGB0 (GB 2312, {len(gb2312)} hanzi), kTGH (通用规范汉字表 2013, {len(tgh)} hanzi);
//     Unihan_Variants.txt {', '.join(FIELDS)};
//     UnicodeData.txt decompositions (Kangxi radicals, CJK Radicals Supplement, compatibility ideographs).
//   Debian package locales {package_version('locales')} (glibc charmaps GBK.gz, GB18030.gz): GBK private-use codes
//     U+E815..U+E864 and the characters GB 18030 assigns to the same bytes.
// </auto-generated>
"""

body = f"""#nullable enable

namespace ChsiValidation;

/// <summary>Tables generated from Unicode's Unihan database and glibc's GBK/GB 18030 charmaps (see the file header).</summary>
internal static class HanziTables
{{
    /// <summary>The Unicode version of the Unihan data the tables come from.</summary>
    internal const string UnicodeVersion = "{unicode_version}";

    /// <summary>The Debian unicode-data package version the tables come from.</summary>
    internal const string SourcePackage = "unicode-data {package_version('unicode-data')}";

    internal const int Gb2312First = 0x{URO[0]:04X};
    internal const int Gb2312Last = 0x{URO[1]:04X};
    internal const int GeneralStandardBmpFirst = 0x{EXT_A[0]:04X};
    internal const int GeneralStandardBmpLast = 0x{URO[1]:04X};
    internal const int KangxiFirst = 0x2F00;
    internal const int KangxiLast = 0x{0x2F00 + len(kangxi) - 1:04X};
    internal const int CompatibilityBmpFirst = 0xF900;
    internal const int CompatibilityBmpLast = 0xFAFF;
    internal const int CompatibilitySupplementFirst = 0x2F800;
    internal const int CompatibilitySupplementLast = 0x2FA1F;
    internal const int GbkPrivateUseFirst = 0xE815;
    internal const int GbkPrivateUseLast = 0xE864;

    /// <summary>CJK Radicals Supplement characters that NFKC folds to an ideograph (the only two in U+2E80..U+2EFF).</summary>
    internal const int RadicalMother = 0x2E9F, RadicalMotherTarget = 0x{radical_supplement[0x2E9F]:04X};
    internal const int RadicalTurtle = 0x2EF3, RadicalTurtleTarget = 0x{radical_supplement[0x2EF3]:04X};

    /// <summary>GB 2312 (kGB0): one bit per code point from U+4E00 to U+9FFF, least significant bit first.</summary>
    internal static ReadOnlySpan<byte> Gb2312Bits => {literal(gb_bits, "0x{:02X}", 24)};

    /// <summary>通用规范汉字表 (kTGH): one bit per code point from U+3400 to U+9FFF.</summary>
    internal static ReadOnlySpan<byte> GeneralStandardBmpBits => {literal(tgh_bits, "0x{:02X}", 24)};

    /// <summary>通用规范汉字表 (kTGH) characters outside the BMP, sorted.</summary>
    internal static ReadOnlySpan<int> GeneralStandardSupplementary => {literal(tgh_sup, "0x{:05X}", 12)};

    /// <summary>Kangxi radicals U+2F00.. → their ideograph (NFKC).</summary>
    internal static ReadOnlySpan<ushort> KangxiTargets => {literal(kangxi, "0x{:04X}", 12)};

    /// <summary>U+F900..U+FAFF → canonical ideograph (NFC); 0 for the 12 unified ideographs and unassigned code points.</summary>
    internal static ReadOnlySpan<int> CompatibilityBmpTargets => {literal(compat_bmp, "0x{:04X}", 12)};

    /// <summary>U+2F800..U+2FA1F → canonical ideograph (NFC); 0 where unassigned.</summary>
    internal static ReadOnlySpan<int> CompatibilitySupplementTargets => {literal(compat_sup, "0x{:05X}", 12)};

    /// <summary>GBK private-use codes U+E815..U+E864 → the ideograph GB 18030 puts at the same bytes; 0 where it is no ideograph.</summary>
    internal static ReadOnlySpan<int> GbkPrivateUseTargets => {literal(pua_map, "0x{:04X}", 12)};

    /// <summary>The number of ideographs with a safer variant.</summary>
    internal const int SuggestionKeyCount = {len(suggestion_keys)};

    /// <summary>Ideographs with a safer variant, ascending, as LEB128 varints of the difference from the previous one (the first from 0); key i has SuggestionCounts[i] candidates in SuggestionValues, after those of the keys before it.</summary>
    internal static ReadOnlySpan<byte> SuggestionKeyDeltas => {literal(suggestion_key_deltas, "{}", 32)};

    /// <summary>How many candidates each key has in SuggestionValues.</summary>
    internal static ReadOnlySpan<byte> SuggestionCounts => {literal(suggestion_counts, "{}", 32)};

    /// <summary>Candidates, best first: safer storage block, then a listed character, then look-alike fields first.</summary>
    internal static ReadOnlySpan<int> SuggestionValues => {literal(suggestion_values, "0x{:04X}", 12)};
}}
"""
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(header + body)
# Latin compositions for names typed or pasted in NFD ("Jose" + U+0301): every letter the name rule accepts
# (U+00C0..U+024F, U+1E00..U+1EFF) whose canonical decomposition is a base and one combining mark (U+0300..U+036F).
# Chains (ệ = ẹ + U+0302, ẹ = e + U+0323) are pairs too, so composing mark by mark in canonical order reaches them.
LATIN_OUT = os.path.join(ROOT, "src", "ChsiValidation", "Generated", "LatinCompositions.g.cs")
compositions = {}
for c, d in decomp.items():
    if not (0x00C0 <= c <= 0x024F or 0x1E00 <= c <= 0x1EFF) or d.startswith("<"):
        continue
    parts = [int(x, 16) for x in d.split()]
    if len(parts) == 2 and 0x0300 <= parts[1] <= 0x036F:
        compositions[(parts[0] << 16) | parts[1]] = c
assert compositions[(0x65 << 16) | 0x301] == 0xE9, "e + U+0301 → é"
assert compositions[(0x1EB9 << 16) | 0x302] == 0x1EC7, "ẹ + U+0302 → ệ"
latin_keys = sorted(compositions)
latin_header = header.replace("UnicodeData.txt decompositions (Kangxi radicals, CJK Radicals Supplement, compatibility ideographs).",
                              "UnicodeData.txt canonical decompositions of Latin letters into a base and one combining mark.")
latin_header = "\n".join(line for line in latin_header.split("\n") if "Unihan_" not in line and "Debian package locales" not in line
                          and "U+E815" not in line)
latin_body = f"""#nullable enable

namespace ChsiValidation;

/// <summary>Canonical compositions of Latin letters (NFC), generated from UnicodeData.txt (see the file header).</summary>
internal static class LatinCompositions
{{
    /// <summary>Base letter and combining mark as (base &lt;&lt; 16) | mark, sorted ({len(latin_keys)} pairs).</summary>
    internal static ReadOnlySpan<uint> Keys => {literal(latin_keys, "0x{:08X}", 8)};

    /// <summary>The composed letter of each key.</summary>
    internal static ReadOnlySpan<ushort> Values => {literal([compositions[k] for k in latin_keys], "0x{:04X}", 12)};
}}
"""
with open(LATIN_OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(latin_header + latin_body)
print(f"wrote {LATIN_OUT}: {len(latin_keys)} Latin compositions")

print(f"wrote {OUT}: Unicode {unicode_version}, {len(gb2312)} GB2312, {len(tgh)} kTGH ({len(tgh - gb2312)} outside GB2312, "
      f"{len(tgh_sup)} outside the BMP), {len(suggestion_keys)} characters with {len(suggestion_values)} suggestions, "
      f"{sum(1 for t in pua_map if t)} GBK private-use ideographs")
