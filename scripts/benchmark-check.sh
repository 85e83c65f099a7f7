#!/usr/bin/env bash
# CI gate on the benchmark suite's deterministic metrics (make benchmark-check; .ci/run calls it after
# make test). Runs the suite in its short mode (RETROGAIT_BENCHMARK_SHORT=1: one-minute sessions, a few
# iterations) and
#   1. prints every figure (wall clock, CPU, peak memory): printed, never gated — the machine is shared;
#   2. gates malloc counts (p90 of the measured iterations) against Benchmarks/Thresholds/*.p90.json;
#   3. gates instruction counts of whole analyses, counted by valgrind's callgrind (deterministic, unlike
#      hardware counters, which this machine does not expose), against Benchmarks/Thresholds/instructions.json,
#      when valgrind is installed (skipped with a note otherwise).
# A metric fails when it exceeds its threshold by more than its tolerance (mallocs: 2 % + 20; instructions:
# 5 %). A metric that improves by more than that passes with a note to lower the threshold.
#   scripts/benchmark-check.sh            check
#   scripts/benchmark-check.sh --update   write the current values as the new thresholds (commit them)
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"
export RETROGAIT_BENCHMARK_SHORT=1
thresholds=Thresholds
targets=(--target AnalyzerBenchmarks --target StageBenchmarks)
# Whole analyses whose instructions are counted: placement and session (retrogait simulate syntax).
instruction_cases=("lower-back fw-run:60" "foot fw-run:60" "lower-back fw-run:20,stand:10,bw-run:20,stand:10")
malloc_relative=0.02
malloc_absolute=20
instruction_relative=0.05

measured=$(mktemp -d)
trap 'rm -rf "$measured"' EXIT

echo "== benchmark suite, short mode (figures printed, not gated)"
swift package --allow-writing-to-package-directory benchmark run "${targets[@]}" --no-progress

echo "== malloc counts"
swift package --allow-writing-to-package-directory benchmark run "${targets[@]}" --no-progress --quiet \
  --metric mallocCountTotal --format metricP90AbsoluteThresholds --path "$measured"

count_instructions() { # placement session → instructions of one GaitAnalyzer.analyze call
  local out="$measured/callgrind.out"
  "$profile" "$1" "$2" 1 >/dev/null 2>&1 # synthesise (or load) the recording outside valgrind
  valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no \
    --toggle-collect='*measuredAnalysis*' "$profile" "$1" "$2" 1 >/dev/null 2>&1
  awk '/^(summary|totals):/ { print $2; exit }' "$out"
}

have_valgrind=false
if command -v valgrind >/dev/null; then
  have_valgrind=true
  echo "== instruction counts (valgrind callgrind)"
  swift build -c release --product AnalyzerProfile >/dev/null
  profile="$(swift build -c release --show-bin-path)/AnalyzerProfile"
  echo "{" >"$measured/instructions.json"
  separator=""
  for entry in "${instruction_cases[@]}"; do
    read -r placement session <<<"$entry"
    count=$(count_instructions "$placement" "$session")
    printf '%s  "%s %s": %s' "$separator" "$placement" "$session" "$count" >>"$measured/instructions.json"
    separator=$',\n'
  done
  printf '\n}\n' >>"$measured/instructions.json"
  cat "$measured/instructions.json"
else
  echo "== instruction counts skipped: valgrind is not installed"
fi

if [ "${1:-}" = "--update" ]; then
  mkdir -p "$thresholds"
  rm -f "$thresholds"/*.p90.json
  cp "$measured"/*.p90.json "$thresholds"/
  if $have_valgrind; then cp "$measured/instructions.json" "$thresholds/instructions.json"; fi
  echo "thresholds written to Benchmarks/$thresholds; commit them"
  exit 0
fi

failures=0
check() { # name metric measured threshold relative absolute
  local verdict
  verdict=$(awk -v m="$3" -v t="$4" -v r="$5" -v a="$6" 'BEGIN {
    limit = t * (1 + r) + a; floor = t * (1 - r) - a
    if (m > limit) print "REGRESSION"; else if (m < floor) print "improved"; else print "ok" }')
  printf '%-11s %-16s %12s (threshold %s) %s\n' "$verdict" "$2" "$3" "$4" "$1"
  if [ "$verdict" = REGRESSION ]; then failures=$((failures + 1)); fi
  if [ "$verdict" = improved ]; then echo "            lower the threshold: make benchmark-thresholds"; fi
}

echo "== gate"
for file in "$thresholds"/*.p90.json; do
  name=$(basename "$file" .p90.json)
  current="$measured/$name.p90.json"
  if [ ! -f "$current" ]; then
    echo "MISSING     benchmark $name has a threshold but did not run"; failures=$((failures + 1)); continue
  fi
  check "$name" mallocCountTotal "$(jq '.mallocCountTotal' "$current")" "$(jq '.mallocCountTotal' "$file")" \
    "$malloc_relative" "$malloc_absolute"
done
for file in "$measured"/*.p90.json; do
  [ -f "$thresholds/$(basename "$file")" ] || echo "note        no threshold yet for $(basename "$file" .p90.json)"
done
if $have_valgrind && [ -f "$thresholds/instructions.json" ]; then
  while IFS=$'\t' read -r name limit; do
    check "$name" instructions "$(jq --arg k "$name" '.[$k]' "$measured/instructions.json")" "$limit" "$instruction_relative" 0
  done < <(jq -r 'to_entries[] | "\(.key)\t\(.value)"' "$thresholds/instructions.json")
fi
if [ "$failures" -gt 0 ]; then
  echo "benchmark-check: $failures regression(s) against Benchmarks/$thresholds"
  exit 1
fi
echo "benchmark-check: no regression against Benchmarks/$thresholds"
