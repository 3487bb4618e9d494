#!/usr/bin/env bash
# Coverage-guided fuzzing of one reader with AFL++ and SharpFuzz, in one command:
#   fuzz/afl.sh FORMAT [SECONDS]        FORMAT: text, html or pdf; SECONDS: how long (default 600)
# Needs afl-fuzz (Debian/Ubuntu: apt-get install afl++); installs the sharpfuzz tool into fuzz/.tools.
# Findings (crashes, hangs) land in fuzz/findings/FORMAT; turn each crash into a regression test.
set -euo pipefail
cd "$(dirname "$0")"
format=${1:?usage: fuzz/afl.sh text|html|pdf [SECONDS]}
seconds=${2:-600}
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
[ -x .tools/sharpfuzz ] || dotnet tool install SharpFuzz.CommandLine --tool-path .tools >/dev/null
out=.build-$format # one per reader, so the readers can be fuzzed at the same time
rm -rf "$out" # a fresh publish: sharpfuzz refuses an assembly it has instrumented before
dotnet publish AsskommExtract.Fuzz -c Release -o "$out" >/dev/null
# The harness is a .NET apphost without AFL's marker (AFL_SKIP_BIN_CHECK); the instrumented library reports coverage.
# Instrument the library under test (not the harness, not the runtime) for AFL's coverage map.
.tools/sharpfuzz "$out/AsskommExtract.dll"
mkdir -p "findings/$format"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
exec afl-fuzz -V "$seconds" -t 20000 -m none -i "corpus/$format" -x "dict/$format.dict" -o "findings/$format" -- "$out/asskomm-fuzz" afl "$format"
