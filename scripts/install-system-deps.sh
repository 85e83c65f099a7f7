#!/usr/bin/env bash
# Installs the Debian packages RetroGait builds against (FFTW, LAPACKE, a serial OpenBLAS) and
# rsvg-convert (librsvg2-bin), which the report tests and scripts/render-report-screenshot.sh use, and
# jq and valgrind, which `make benchmark-check` uses (threshold files; deterministic instruction counts).
# Idempotent: does nothing but say so when everything is already present.
set -euo pipefail

packages=(libfftw3-dev liblapacke-dev libopenblas0-serial pkg-config librsvg2-bin jq valgrind)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system-deps: all present (${packages[*]})"
  exit 0
fi

echo "install-system-deps: installing ${missing[*]}"
sudo_prefix=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_prefix=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_prefix[@]}" apt-get update -qq
"${sudo_prefix[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-system-deps: done"
