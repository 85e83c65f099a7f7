#!/usr/bin/env bash
# Renders docs/report-example.png, the report screenshot in the README: `retrogait report` of the
# bundled backward-running fixture from a left-foot sensor, rasterised with rsvg-convert (Debian: librsvg2-bin,
# installed by `make deps`). Run from anywhere: `make screenshot`. RETROGAIT_BIN may name a built
# retrogait to use instead of building one in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null; then
  echo "render-report-screenshot: rsvg-convert is missing; run 'make deps' (installs librsvg2-bin)" >&2
  exit 1
fi
binary="${RETROGAIT_BIN:-}"
if [ -z "$binary" ]; then
  swift build -c release --product retrogait
  binary="$(swift build -c release --show-bin-path)/retrogait"
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$binary" report Fixtures/simulated-backward-run-foot-100hz.csv --placement foot --side left --out "$scratch/report.svg"
rsvg-convert "$scratch/report.svg" -o docs/report-example.png
echo "render-report-screenshot: wrote docs/report-example.png"
