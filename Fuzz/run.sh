#!/bin/sh
# Builds the recording readers with libFuzzer and AddressSanitizer and fuzzes them for a bounded time.
# Usage: Fuzz/run.sh [SECONDS]   (default 60). Corpus: Fuzz/corpus (seeded from Fixtures), crashes: Fuzz/artifacts.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build=".build-fuzz"
mkdir -p "$build" Fuzz/corpus Fuzz/artifacts
cp Fixtures/formats/* Fuzz/corpus/ 2>/dev/null || true
for f in Fixtures/*.csv; do head -c 4000 "$f" > "Fuzz/corpus/$(basename "$f")"; done
# GaitDSP (used by the reader only for its shared types) is compiled as a module first.
swiftc -parse-as-library -O -sanitize=fuzzer,address -I Sources/CFFTW -I Sources/CLAPACKE \
    -emit-module -emit-library -static -module-name GaitDSP -o "$build/libGaitDSP.a" \
    -emit-module-path "$build/GaitDSP.swiftmodule" $(find Sources/GaitDSP -name "*.swift")
swiftc -parse-as-library -O -sanitize=fuzzer,address -package-name RetroGait -I "$build" -I Sources/CFFTW -I Sources/CLAPACKE \
    -module-name RetroGait -o "$build/reader-fuzzer" \
    $(find Sources/RetroGait -name '*.swift') Fuzz/ReaderFuzzer.swift "$build/libGaitDSP.a" -lfftw3 -lfftw3f -llapacke
"$build/reader-fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 -artifact_prefix=Fuzz/artifacts/ Fuzz/corpus
