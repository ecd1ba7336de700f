#!/usr/bin/env bash
# Regenerates docs/images/blazor-form-zh.png: the zh-CN registration form with a rejected ID number and the
# rare-character advice, taken by the browser tests' Screenshot test in Debian's Chromium with the WenQuanYi Zen Hei font.
# Usage (from anywhere): bash samples/BlazorForm/screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -x /usr/bin/chromium ] || ! fc-list | grep -qi "WenQuanYi Zen Hei"; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei
fi
dotnet publish samples/BlazorForm -c Release -o "$work/publish"
CHSI_BLAZOR_WWWROOT="$work/publish/wwwroot" CHSI_SCREENSHOT="$PWD/docs/images/blazor-form-zh.png" \
  dotnet test tests/ChsiValidation.Browser.Tests -c Release --filter "FullyQualifiedName~Screenshot"
echo "written: docs/images/blazor-form-zh.png"
