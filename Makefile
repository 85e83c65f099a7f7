# RetroGait — build, demo, test, accuracy and benchmark entry points.
SWIFT ?= swift
DEMO_FIXTURE := Fixtures/simulated-backward-run-lower-back-100hz.csv
DEMO_PLACEMENT := lower-back

.PHONY: deps build demo test examples docs accuracy benchmark benchmark-check benchmark-thresholds memory-check fuzz screenshot clean

deps:
	@./scripts/install-system-deps.sh

build: deps
	$(SWIFT) build -c release --product retrogait

demo: build
	@echo "retrogait analyze $(DEMO_FIXTURE) --placement $(DEMO_PLACEMENT)"
	@"$$($(SWIFT) build -c release --show-bin-path)/retrogait" analyze $(DEMO_FIXTURE) --placement $(DEMO_PLACEMENT)

test: deps
	$(SWIFT) build --build-tests
	@$(MAKE) --no-print-directory examples
	$(SWIFT) test --skip-build

# A separate package that uses RetroGait as any dependent would (public API only): a change that
# breaks it fails `make test`. Both programs run from the repository root on a committed fixture.
# (--disable-build-manifest-caching: SwiftPM's cached build plan of a path dependency still lists
# source files deleted since, and the build then fails on them.)
EXAMPLES := Examples/StepsTable
examples: deps
	$(SWIFT) build --package-path $(EXAMPLES) --disable-build-manifest-caching
	"$$($(SWIFT) build --package-path $(EXAMPLES) --show-bin-path)/GettingStarted"
	@report="$$("$$($(SWIFT) build --package-path $(EXAMPLES) --show-bin-path)/StepsTable" \
		Fixtures/simulated-backward-run-lower-back-100hz.csv --placement lower-back --forward-axis +x \
		--truth Fixtures/simulated-backward-run-lower-back-100hz-events.csv)" && printf '%s\n' "$$report" | tail -n 5

# DocC archives of every library product in .build/docs (swift-docc-plugin, brought in by
# RETROGAIT_DOCS; any warning is an error).
DOC_TARGETS := RetroGait GaitDSP GaitSimulator GaitStudy GaitReport
docs:
	RETROGAIT_DOCS=1 $(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation \
		$(addprefix --target ,$(DOC_TARGETS)) --output-path .build/docs --transform-for-static-hosting --warnings-as-errors

# Accuracy against ground truth (simulator and ../shared/data; override with RETROGAIT_SHARED_DATA) → ACCURACY.md
accuracy: deps
	$(SWIFT) run -c release AccuracyReport --output ACCURACY.md

benchmark: deps
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark

# CI gate: the benchmark suite in its short mode; malloc and (valgrind) instruction counts against
# Benchmarks/Thresholds, wall clock printed only. benchmark-thresholds rewrites the thresholds.
benchmark-check: deps
	./scripts/benchmark-check.sh

benchmark-thresholds: deps
	./scripts/benchmark-check.sh --update

# Peak memory of `retrogait analyze` on a day and a week of running: fails if it grows (a few minutes,
# ~2.3 GB of temporary CSV; not part of make test)
memory-check: deps
	./scripts/memory-check.sh

# libFuzzer + AddressSanitizer over the recording readers for FUZZ_SECONDS (not part of make test)
FUZZ_SECONDS ?= 60
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

# docs/report-example.png (the README's report screenshot) from the bundled fixture, with rsvg-convert
screenshot: deps
	./scripts/render-report-screenshot.sh

clean:
	rm -rf .build Benchmarks/.build $(EXAMPLES)/.build
