#!/usr/bin/env bash
# Rebuilds src/ChsiValidation/Generated/IsoCountries.g.cs from Debian's iso-codes package (ISO 3166-1 codes and
# English short names in iso_3166-1.json, Chinese names in the zh_CN translation iso_3166-1.mo).
# Run by hand (needs apt-get download, dpkg-deb and python3); CI builds use the committed file.
#   bash tools/IsoCountries/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && apt-get download iso-codes >/dev/null)
deb=$(ls "$work"/iso-codes_*.deb)
dpkg-deb -x "$deb" "$work/root"
version=$(dpkg-deb -f "$deb" Version)
# The date of the package's own changelog entry, so the header names the data's date, not the day of the rebuild.
date=$(zcat "$work/root/usr/share/doc/iso-codes/changelog.Debian.gz" | sed -n 's/^ -- .*>  \(.*\)$/\1/p' | head -n 1)
python3 "$here/generate.py" "$work/root" "$version" "$(date -u -d "$date" +%Y-%m-%d)" \
  "$repo/src/ChsiValidation/Generated/IsoCountries.g.cs"
