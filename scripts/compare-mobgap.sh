#!/usr/bin/env bash
# Side-by-side comparison with mobgap's initial-contact detectors on the same simulated lower-back
# recordings (accuracy and speed). Installs mobgap from PyPI into a throwaway virtual environment.
# Not part of `make test`. Usage: scripts/compare-mobgap.sh [HOURS_FOR_SPEED]  (default 24)
set -euo pipefail
cd "$(dirname "$0")/.."
hours="${1:-24}"
work="$(mktemp -d "${TMPDIR:-/tmp}/retrogait-mobgap.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "building retrogait (release)…" >&2
swift build -c release --product retrogait >&2
retrogait="$(swift build -c release --show-bin-path)/retrogait"

echo "installing mobgap into $work/venv…" >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet mobgap >&2
"$work/venv/bin/python" -c "import mobgap; print('mobgap', mobgap.__version__)" >&2

echo "simulating recordings (lower back, 100 Hz)…" >&2
seed=11
for gait in fw-walk bw-walk fw-run bw-run; do
  "$retrogait" simulate --placement lower-back --rate 100 --gyro --seed "$seed" \
    --session "stand:5,$gait:5m,stand:5" --out "$work/$gait.csv" --truth-events "$work/$gait-events.csv"
  seed=$((seed + 1))
done
# Interval training repeated for the requested length: forward running, backward bouts, rests.
minutes=$((hours * 60))
blocks=$((minutes / 10))
"$retrogait" simulate --placement lower-back --rate 100 --gyro --seed 99 \
  --session "$blocks*(fw-run:4m,3*(bw-run:30,stand:60),fw-walk:90)" --out "$work/day.csv"

"$work/venv/bin/python" scripts/compare_mobgap.py --retrogait "$retrogait" --work "$work" \
  --accuracy fw-walk bw-walk fw-run bw-run --speed day
