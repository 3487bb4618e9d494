#!/usr/bin/env bash
# Whole-CLI benchmark: releases/s, MB/s and peak memory (RSS high-water mark) for 1 000 and
# 20 000 synthetic text releases, pages/s for PDFs (when a PDF reader exists), and the start-up
# time for one small release, on the Release build. Prints a Markdown report on stdout.
#
#   bench/run.sh                 everything
#   SIZES="1000" bench/run.sh    only the 1 000-release corpus
#   CORPUS=/tmp/x bench/run.sh   where the generated corpora go (kept and reused between runs)
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 20000"}
CORPUS=${CORPUS:-/tmp/asskomm-bench}
SEED=${SEED:-1}
STARTUP_RUNS=${STARTUP_RUNS:-20}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

dotnet build src/AsskommExtract.Cli -c Release -v q -nologo >&2
BIN=src/AsskommExtract.Cli/bin/Release/net10.0/asskomm-extract

# A corpus per size, seed and generator version, generated once; txt and md alternate (both are "text releases").
GEN=$(sha1sum src/AsskommExtract/Synthetic/ReleaseGenerator.cs | cut -c1-8)
corpus() {
  local dir="$CORPUS/$1-s$SEED-$2-$GEN"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    "$BIN" generate --count "$1" --out "$dir" --seed "$SEED" --formats "$2" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# Runs a command under /usr/bin/time -v; sets WALL (s), CPU (user + system s) and RSS_MB.
measure() {
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
  CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
  RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  rm -f "$log"
}

echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(git rev-parse --abbrev-ref HEAD)@$(git rev-parse --short HEAD)"
echo
echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, .NET $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "### Text releases: \`asskomm-extract extract DIR --format jsonl --quiet > /dev/null\`"
echo
echo "| releases | MB | wall s | releases/s | MB/s | CPU s | releases per CPU s | peak RSS MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
  dir=$(corpus "$n" txt,md)
  bytes=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{ s += $1 } END { print s }')
  "$BIN" extract "$dir" --format jsonl --quiet >/dev/null # warm the page cache
  measure "$BIN" extract "$dir" --format jsonl --quiet
  awk -v n="$n" -v b="$bytes" -v w="$WALL" -v c="$CPU" -v r="$RSS_MB" 'BEGIN { printf "| %d | %.1f | %.2f | %.0f | %.2f | %.2f | %.0f | %s |\n", n, b / 1e6, w, n / w, b / 1e6 / w, c, n / c, r }'
done
echo

echo "### PDF releases"
echo
# Is a PDF reader registered? An unknown extension is refused as "unsupported file type".
probe=$(mktemp -d)
printf '%%PDF-1.4\n' >"$probe/probe.pdf"
probe_err=$("$BIN" extract "$probe/probe.pdf" --quiet 2>&1 >/dev/null || true)
if [[ $probe_err == *"unsupported file type"* ]]; then
  echo "Skipped: no PDF reader is registered in PipelineFactory yet."
elif ! "$BIN" generate --count 1 --out "$probe/gen" --formats pdf >/dev/null 2>&1; then
  echo "Skipped: a PDF reader exists but \`generate --formats pdf\` does not yet."
else
  dir=$(corpus 500 pdf)
  pages=$(cat "$dir"/*.pdf | grep -a -c '/Type */Page\b' || true)
  "$BIN" extract "$dir" --format jsonl --quiet >/dev/null
  measure "$BIN" extract "$dir" --format jsonl --quiet
  echo "| PDFs | pages | wall s | pages/s | peak RSS MB |"
  echo "|---:|---:|---:|---:|---:|"
  awk -v p="$pages" -v w="$WALL" -v r="$RSS_MB" 'BEGIN { printf "| 500 | %d | %.2f | %.0f | %s |\n", p, w, p / w, r }'
fi
rm -rf "$probe"
echo

# Start-up: the whole process for one small release, median of STARTUP_RUNS.
one=$(find "$(corpus 1 txt)" -name '*.txt')
startup() {
  local log; log=$(mktemp)
  for _ in $(seq "$STARTUP_RUNS"); do
    if [ "${STARTUP_FILE:-}" = none ]; then /usr/bin/time -a -o "$log" -f '%e %U %S' "$@" >/dev/null
    else /usr/bin/time -a -o "$log" -f '%e %U %S' "$@" "$one" --quiet >/dev/null; fi
  done
  # median wall and median CPU (user + system), in ms
  local wall cpu
  wall=$(awk '{ print $1 * 1000 }' "$log" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  cpu=$(awk '{ print ($2 + $3) * 1000 }' "$log" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%d ms | %d ms' "$wall" "$cpu"
  rm -f "$log"
}
echo "### Start-up: one small release, \`extract FILE\`, median of $STARTUP_RUNS runs"
echo
echo "| build | wall | CPU |"
echo "|---|---:|---:|"
echo "| (for scale) \`asskomm-extract --version\`: runtime and command line only | $(STARTUP_FILE=none startup "$BIN" --version) |"
echo "| apphost \`bin/Release/net10.0/asskomm-extract\` | $(startup "$BIN" extract) |"
R2R=bench/out/r2r
if dotnet publish src/AsskommExtract.Cli -c Release -r linux-x64 --self-contained false -o "$R2R" -v q -nologo >&2; then
  echo "| ReadyToRun publish \`dotnet publish src/AsskommExtract.Cli -c Release -r linux-x64\` | $(startup "$R2R/asskomm-extract" extract) |"
else
  echo "| ReadyToRun publish | failed to publish (see stderr) | |"
fi
