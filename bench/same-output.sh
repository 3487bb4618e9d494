#!/usr/bin/env bash
# Does a change keep the output byte for byte? Runs two builds of the CLI over the samples, eval/
# and ../shared/realpages/{texts,html,pdf} (each folder as one run, so run-level speaker ids are
# compared too) and diffs the JSON; exit status 1 on any difference.
#
#   bench/same-output.sh BASE_CLI [NEW_CLI]     NEW_CLI defaults to this tree's Release build
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: bench/same-output.sh BASE_CLI [NEW_CLI]}
NEW=${2:-src/AsskommExtract.Cli/bin/Release/net10.0/asskomm-extract}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for dir in samples eval/* ../shared/realpages/texts ../shared/realpages/html ../shared/realpages/pdf; do
  [ -d "$dir" ] || continue
  name=$(echo "$dir" | tr '/.' '__')
  "$BASE" extract "$dir" -f json -q >"$out/$name.base.json" 2>/dev/null || true
  "$NEW" extract "$dir" -f json -q >"$out/$name.new.json" 2>/dev/null || true
  if cmp -s "$out/$name.base.json" "$out/$name.new.json"; then echo "same       $dir ($(wc -c <"$out/$name.new.json") bytes)"
  else echo "DIFFERENT  $dir"; diff <(tr ',' '\n' <"$out/$name.base.json") <(tr ',' '\n' <"$out/$name.new.json") | head -20; status=1; fi
done
exit $status
