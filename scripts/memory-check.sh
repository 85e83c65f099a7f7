#!/usr/bin/env bash
# Peak resident memory of `retrogait analyze --format json` (with the events and steps CSVs), of
# `retrogait batch` (events, steps, bouts and summary files) and of `retrogait report` (an SVG) on a day
# and on a week of continuous running: fails when the week needs more than the day (beyond a small
# allowance) or more than MEMORY_LIMIT_MB, for any of the commands. Not part of `make test`: it writes ~2.3 GB of CSV to
# $TMPDIR and takes a few minutes. Usage: scripts/memory-check.sh [--keep]
# RETROGAIT_BIN=path checks that binary instead of building this checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
MEMORY_LIMIT_MB=${MEMORY_LIMIT_MB:-100}
GROWTH_ALLOWANCE_MB=${GROWTH_ALLOWANCE_MB:-4}
command -v /usr/bin/time >/dev/null || { echo "memory-check: needs /usr/bin/time (GNU time)" >&2; exit 2; }
if [[ -n "${RETROGAIT_BIN:-}" ]]; then
    bin=$RETROGAIT_BIN
else
    swift build -c release --product retrogait >/dev/null
    bin="$(swift build -c release --show-bin-path)/retrogait"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/retrogait-memory.XXXXXX")"
[[ "${1:-}" == "--keep" ]] || trap 'rm -rf "$work"' EXIT

"$bin" simulate --placement lower-back --rate 100 --seed 5 --session "fw-run:60m" --out "$work/hour.csv"
# A day and a week: the hour repeated with its times shifted (canonical CSV, header once).
repeat_hours() {
    awk -F, -v hours="$1" 'NR == 1 { header = $0; next } { t[NR] = $1; rest[NR] = substr($0, length($1) + 1) }
        END { print header; for (h = 0; h < hours; h++) for (i = 2; i <= NR; i++) printf "%.2f%s\n", t[i] + 3600 * h, rest[i] }' \
        "$work/hour.csv"
}
repeat_hours 24 > "$work/day.csv"
repeat_hours 168 > "$work/week.csv"

peak_kb() {
    /usr/bin/time -f "%M" -o "$work/peak" "$bin" analyze "$1" --placement lower-back --format json \
        --events-csv "$work/events.csv" --steps-csv "$work/steps.csv" > "$work/summary.json"
    cat "$work/peak"
}
batch_peak_kb() {
    rm -rf "$work/batch"
    /usr/bin/time -f "%M" -o "$work/peak" "$bin" batch "$1" --placement lower-back --out "$work/batch" --force > /dev/null
    cat "$work/peak"
}
report_peak_kb() {
    /usr/bin/time -f "%M" -o "$work/peak" "$bin" report "$1" --placement lower-back --out "$work/report.svg"
    cat "$work/peak"
}
# The steps the report's header counts ("… · 251110 steps · …"): the week's must be the day's seven times.
report_steps() { grep -o '[0-9]* steps' "$work/report.svg" | head -1 | cut -d' ' -f1; }
status=0
# check NAME DAY_KB DAY_POINTS WEEK_KB WEEK_POINTS
check() {
    printf '%s peak resident memory: day %d KB (%d cadence points or steps), week %d KB (%d)\n' "$@"
    if (( $5 < 6 * $3 )); then echo "FAIL: $1: the week's summary lacks steps" >&2; status=1; fi
    if (( $4 > $2 + GROWTH_ALLOWANCE_MB * 1024 )); then
        echo "FAIL: $1: memory grows with the recording's length (week > day + ${GROWTH_ALLOWANCE_MB} MB)" >&2; status=1
    fi
    if (( $4 > MEMORY_LIMIT_MB * 1024 )); then echo "FAIL: $1: the week needs more than ${MEMORY_LIMIT_MB} MB" >&2; status=1; fi
}
day=$(peak_kb "$work/day.csv")
day_points=$(grep -c '"time_s"' "$work/summary.json")
week=$(peak_kb "$work/week.csv")
week_points=$(grep -c '"time_s"' "$work/summary.json")
check analyze "$day" "$day_points" "$week" "$week_points"
day=$(batch_peak_kb "$work/day.csv")
day_points=$(grep -c '"time_s"' "$work/batch/day.summary.json")
week=$(batch_peak_kb "$work/week.csv")
week_points=$(grep -c '"time_s"' "$work/batch/week.summary.json")
check batch "$day" "$day_points" "$week" "$week_points"
day=$(report_peak_kb "$work/day.csv")
day_steps=$(report_steps)
week=$(report_peak_kb "$work/week.csv")
week_steps=$(report_steps)
check report "$day" "$day_steps" "$week" "$week_steps"
(( status == 0 )) && echo "memory-check: bounded"
exit $status
