#!/usr/bin/env bash
# Rebuilds src/ChsiValidation/Generated/IsoCountries.g.cs from Unicode CLDR as published on npm: cldr-core
# (supplemental/codeMappings.json: alpha-3 and numeric codes per alpha-2 territory; supplemental/aliases.json:
# deprecated codes) and cldr-localenames-full (main/en and main/zh territories.json: English and Chinese names).
# Unicode License v3. The versions and the tarballs' SHA-256 are pinned here; to move to a newer CLDR, change them,
# rerun and review the diff. Run by hand (needs npm and python3); CI builds use the committed file.
#   bash tools/IsoCountries/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

core_version=48.2.0
names_version=48.2.0
core_sha256=5310e0c7a06c1feb83dc8e54c8584bbe0b9c2ea8320172a18d541986b124585d
names_sha256=7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57

source "$here/../npm-pinned.sh"
npm_pinned cldr-core "$core_version" "$core_sha256" "$work/core"
npm_pinned cldr-localenames-full "$names_version" "$names_sha256" "$work/names"
python3 "$here/generate.py" \
  "$work/core/package" "$core_version" "$(published cldr-core "$core_version")" \
  "$work/names/package" "$names_version" "$(published cldr-localenames-full "$names_version")" \
  "$repo/src/ChsiValidation/Generated/IsoCountries.g.cs"
