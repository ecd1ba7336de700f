#!/usr/bin/env bash
# CI step: build the fuzz harness (Release) and replay every target's seed corpus (fuzz/corpus/<target>/) in-process,
# without afl. Exits non-zero if any input throws or breaks an invariant, or a target has no seed corpus.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build ChsiValidation.Fuzz -c Release --nologo -v q -clp:NoSummary
dotnet ChsiValidation.Fuzz/bin/Release/net10.0/ChsiValidation.Fuzz.dll --replay-all corpus
