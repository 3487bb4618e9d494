#!/usr/bin/env bash
# Whole-CLI benchmark, every figure of BENCHMARKS.md (issue 19): for 1 000 and 20 000 synthetic text
# releases releases/s, MB/s, CPU per release, releases per CPU second, bytes allocated per release and
# peak memory (RSS high-water mark); HTML releases per CPU second; PDF pages per CPU second beside
# pdftotext's on the same files; the start-up for one small release. Release build; each figure is
# the median of RUNS runs after one warm-up. Prints a Markdown report on stdout.
#
#   bench/run.sh                           everything
#   SIZES="1000" bench/run.sh              only the 1 000-release corpus
#   BASE_CLI=/tmp/main/asskomm-extract bench/run.sh
#                                          also another build (main's), run in turn with this one (A B A B ...),
#                                          with the ratio of their CPU times
#   CORPUS=/tmp/x bench/run.sh             where the generated corpora go (kept and reused between runs)
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 20000"}
CORPUS=${CORPUS:-/tmp/asskomm-bench}
SEED=${SEED:-1}
STARTUP_RUNS=${STARTUP_RUNS:-20}
RUNS=${RUNS:-3}
BASE_CLI=${BASE_CLI:-}
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
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Median of RUNS measured runs (after a warm-up) of `CLI extract DIR --format jsonl --quiet`; with
# BASE_CLI the two builds take turns and BASE_RATIO is the median of base CPU / this CPU, run by run.
bench_dir() {
  local dir=$1 cpus=() walls=() rss=() ratios=() r
  "$BIN" extract "$dir" --format jsonl --quiet >/dev/null # warm the page cache
  [ -z "$BASE_CLI" ] || "$BASE_CLI" extract "$dir" --format jsonl --quiet >/dev/null
  for r in $(seq "$RUNS"); do
    measure "$BIN" extract "$dir" --format jsonl --quiet
    cpus+=("$CPU"); walls+=("$WALL"); rss+=("$RSS_MB")
    if [ -n "$BASE_CLI" ]; then
      local mine=$CPU
      measure "$BASE_CLI" extract "$dir" --format jsonl --quiet
      ratios+=("$(awk -v b="$CPU" -v a="$mine" 'BEGIN { print b / a }')")
    fi
  done
  CPU=$(printf '%s\n' "${cpus[@]}" | median); WALL=$(printf '%s\n' "${walls[@]}" | median); RSS_MB=$(printf '%s\n' "${rss[@]}" | median)
  BASE_RATIO=$([ -z "$BASE_CLI" ] && echo "" || printf '%s\n' "${ratios[@]}" | median)
}

# Bytes allocated per release over the whole run, counted by the runtime (the benchmark project's `allocations` mode).
allocated() {
  dotnet run -c Release --project bench/AsskommExtract.Benchmarks -v q -- allocations "$1" 2>/dev/null | sed -n 's/.*allocated \([0-9.]*\) KB per release.*/\1/p'
}

base_note() { [ -z "$BASE_CLI" ] || echo "$BASE_CLI"; }

echo "### Text releases: \`asskomm-extract extract DIR --format jsonl --quiet > /dev/null\`, median of $RUNS runs"
echo
echo "| releases | MB | wall s | releases/s | MB/s | CPU s | ms CPU per release | releases per CPU s | KB allocated per release | peak RSS MB |$([ -z "$BASE_CLI" ] || echo ' base CPU / this CPU |')"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|$([ -z "$BASE_CLI" ] || echo '---:|')"
for n in $SIZES; do
  dir=$(corpus "$n" txt,md)
  bytes=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{ s += $1 } END { print s }')
  bench_dir "$dir"
  kb=$(allocated "$dir")
  awk -v n="$n" -v b="$bytes" -v w="$WALL" -v c="$CPU" -v r="$RSS_MB" -v kb="$kb" -v x="$BASE_RATIO" 'BEGIN { printf "| %d | %.1f | %.2f | %.0f | %.2f | %.2f | %.3f | %.0f | %s | %s |%s\n", n, b / 1e6, w, n / w, b / 1e6 / w, c, 1000 * c / n, n / c, kb, r, x == "" ? "" : sprintf(" %.2f |", x) }'
done
[ -z "$BASE_CLI" ] || echo "
Base build: \`$BASE_CLI\`."
echo

echo "### HTML releases (\`generate --formats html\`), median of $RUNS runs"
echo
dir=$(corpus 2000 html)
bench_dir "$dir"
echo "| releases | CPU s | releases per CPU s | peak RSS MB |$([ -z "$BASE_CLI" ] || echo ' base CPU / this CPU |')"
echo "|---:|---:|---:|---:|$([ -z "$BASE_CLI" ] || echo '---:|')"
awk -v c="$CPU" -v r="$RSS_MB" -v x="$BASE_RATIO" 'BEGIN { printf "| 2000 | %.2f | %.0f | %s |%s\n", c, 2000 / c, r, x == "" ? "" : sprintf(" %.2f |", x) }'
echo

echo "### PDF releases"
echo
# `generate` writes no PDFs: the committed two-page fixtures (embedded fonts, side column, footer,
# justified and hyphenated text) stand in, 200 copies of each.
pdfs=$CORPUS/pdf-fixtures
if [ ! -f "$pdfs/.complete" ]; then
  mkdir -p "$pdfs"
  for i in $(seq -w 1 200); do
    cp tests/AsskommExtract.Tests/Reading/Fixtures/oschatz-beitritt.pdf "$pdfs/o$i.pdf"
    cp tests/AsskommExtract.Tests/Reading/Fixtures/plauen-fachtag.pdf "$pdfs/p$i.pdf"
  done
  touch "$pdfs/.complete"
fi
pages=$(cat "$pdfs"/*.pdf | grep -a -c '/Type */Page\b' || true)
bench_dir "$pdfs"
echo "| tool | PDFs | pages | CPU s | pages per CPU s | peak RSS MB |$([ -z "$BASE_CLI" ] || echo ' base CPU / this CPU |')"
echo "|---|---:|---:|---:|---:|---:|$([ -z "$BASE_CLI" ] || echo '---:|')"
awk -v p="$pages" -v c="$CPU" -v r="$RSS_MB" -v x="$BASE_RATIO" 'BEGIN { printf "| asskomm-extract (full extraction) | 400 | %d | %.2f | %.0f | %s |%s\n", p, c, p / c, r, x == "" ? "" : sprintf(" %.2f |", x) }'
if command -v pdftotext >/dev/null; then
  measure sh -c "for f in '$pdfs'/*.pdf; do pdftotext -layout \"\$f\" - ; done"
  awk -v p="$pages" -v c="$CPU" -v r="$RSS_MB" 'BEGIN { printf "| pdftotext -layout (text only, one process a file) | 400 | %d | %.2f | %.0f | %s |\n", p, c, p / c, r }'
else
  echo
  echo "pdftotext is not installed (\`apt-get install poppler-utils\`): no comparison."
fi
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
[ -z "$BASE_CLI" ] || echo "| base build \`$BASE_CLI\` | $(startup "$BASE_CLI" extract) |"
R2R=bench/out/r2r
if dotnet publish src/AsskommExtract.Cli -c Release -r linux-x64 --self-contained false -o "$R2R" -v q -nologo >&2; then
  echo "| ReadyToRun publish \`dotnet publish src/AsskommExtract.Cli -c Release -r linux-x64\` | $(startup "$R2R/asskomm-extract" extract) |"
else
  echo "| ReadyToRun publish | failed to publish (see stderr) | |"
fi
