#!/usr/bin/env bash
# Rebuilds src/ChsiValidation/Generated/CompoundSurnames.g.cs, the compound surnames (复姓) the name mask keeps whole,
# from two npm packages: pinyin-pro (its surname table, dist/esm/data/surname.mjs: the two-character keys) and
# opencc-js (OpenCC's Simplified-to-Traditional conversions, for the traditional forms). MIT; MIT and Apache-2.0.
# The versions and the tarballs' SHA-256 are pinned here; to move to newer data, change them, rerun and review the diff.
# Run by hand (needs node and npm); CI builds use the committed file. Nothing of the packages runs but the converter.
#   bash tools/CompoundSurnames/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

surnames_version=3.29.4
opencc_version=1.4.2
surnames_sha256=433bc66ce6bcc23ff293b268a39452461e92987b9a13eefb7242cbe3103998cd
opencc_sha256=acde2ed46fecc53eb1c329ff093886bf702975be24ace4caa3d01321167d69c8

source "$here/../npm-pinned.sh"
npm_pinned pinyin-pro "$surnames_version" "$surnames_sha256" "$work/surnames"
npm_pinned opencc-js "$opencc_version" "$opencc_sha256" "$work/opencc"
node "$here/generate.mjs" \
  "$work/surnames/package" "$(published pinyin-pro "$surnames_version")" \
  "$work/opencc/package" "$(published opencc-js "$opencc_version")" \
  "$repo/src/ChsiValidation/Generated/CompoundSurnames.g.cs"
