#!/usr/bin/env bash
# Fuzz one target with afl++ for a while:  fuzz/run.sh <target> <minutes> [output-dir]
# Builds the harness, instruments a copy of ChsiValidation.dll with SharpFuzz, runs afl-fuzz (nice'd: shared machines),
# then prints executions, corpus size, crashes and hangs from afl's fuzzer_stats. Exits 1 if afl saved a crash or hang.
# Output (default fuzz/out/<target>/) is kept: run again to resume; replay findings with
#   dotnet fuzz/out/<target>/bin/ChsiValidation.Fuzz.dll <target> --replay fuzz/out/<target>/findings/default/crashes
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 2 ]; then
  echo "usage: $0 <target> <minutes> [output-dir]" >&2
  exit 2
fi
target=$1
minutes=$2
out=${3:-$here/out/$target}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v afl-fuzz >/dev/null; then
  # Debian's afl++ (4.04c on bookworm); the machines run as root.
  apt-get update -qq && apt-get install -y -qq afl++ >/dev/null
fi

cd "$here"
dotnet tool restore >/dev/null   # sharpfuzz (SharpFuzz.CommandLine 2.3.0) from dotnet-tools.json
dotnet build ChsiValidation.Fuzz -c Release --nologo -v q -clp:NoSummary
if ! dotnet ChsiValidation.Fuzz/bin/Release/net10.0/ChsiValidation.Fuzz.dll --list | grep -qx "$target"; then
  echo "unknown target '$target'; targets:" >&2
  dotnet ChsiValidation.Fuzz/bin/Release/net10.0/ChsiValidation.Fuzz.dll --list >&2
  exit 2
fi
if [ ! -d "corpus/$target" ]; then
  echo "no seed corpus at fuzz/corpus/$target" >&2
  exit 2
fi

# Instrument a fresh copy: the build output stays uninstrumented for --replay, and sharpfuzz refuses to instrument twice.
rm -rf "$out/bin"
mkdir -p "$out"
cp -r ChsiValidation.Fuzz/bin/Release/net10.0 "$out/bin"
dotnet tool run sharpfuzz "$out/bin/ChsiValidation.dll" >/dev/null
# The roster target's own code is in ChsiValidation.Rosters.dll: instrument it too (the CSV reader, Sylvan, is not).
if [ -f "$out/bin/ChsiValidation.Rosters.dll" ]; then dotnet tool run sharpfuzz "$out/bin/ChsiValidation.Rosters.dll" >/dev/null; fi

dict=()
if [ -f "dictionaries/$target.dict" ]; then dict=(-x "dictionaries/$target.dict"); fi

# Container settings: dotnet is not an afl-instrumented binary (SKIP_BIN_CHECK), no CPU governor or core-dump handler
# to tune, no free core to pin on a shared machine; dotnet start-up is slow on a loaded machine (FORKSRV_INIT_TMOUT).
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
  AFL_NO_UI=1 AFL_AUTORESUME=1 AFL_FORKSRV_INIT_TMOUT=120000
seconds=$((minutes * 60))
status=0
nice -n 10 timeout $((seconds + 300)) afl-fuzz -i "corpus/$target" -o "$out/findings" -t 5000 -m none -V "$seconds" \
  "${dict[@]}" -- dotnet "$out/bin/ChsiValidation.Fuzz.dll" "$target" >"$out/afl.log" 2>&1 || status=$?

stats="$out/findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "afl-fuzz wrote no fuzzer_stats (exit $status); last lines of $out/afl.log:" >&2
  tail -20 "$out/afl.log" >&2
  exit 1
fi
stat() { grep -E "^$1 +:" "$stats" | sed 's/.*: *//' || true; }
crashes=$(stat saved_crashes); hangs=$(stat saved_hangs)
echo "target:      $target ($minutes min, afl-fuzz exit $status)"
echo "executions:  $(stat execs_done) ($(stat execs_per_sec) execs/s over $(stat run_time) s)"
echo "paths:       $(stat corpus_count) in corpus, $(stat corpus_found) found, bitmap $(stat bitmap_cvg), stability $(stat stability)"
echo "crashes:     ${crashes:-?}"
echo "hangs:       ${hangs:-?}"
echo "findings:    $out/findings/default/{crashes,hangs}"
[ "${crashes:-0}" = 0 ] && [ "${hangs:-0}" = 0 ]
