# RetroGait — build, demo, test, accuracy and benchmark entry points.
SWIFT ?= swift
DEMO_FIXTURE := Fixtures/simulated-backward-run-lower-back-100hz.csv
DEMO_PLACEMENT := lower-back

.PHONY: deps build demo test accuracy benchmark fuzz screenshot clean

deps:
	@./scripts/install-system-deps.sh

build: deps
	$(SWIFT) build -c release --product retrogait

demo: build
	@echo "retrogait analyze $(DEMO_FIXTURE) --placement $(DEMO_PLACEMENT)"
	@"$$($(SWIFT) build -c release --show-bin-path)/retrogait" analyze $(DEMO_FIXTURE) --placement $(DEMO_PLACEMENT)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Accuracy against ground truth (simulator and ../shared/data; override with RETROGAIT_SHARED_DATA) → ACCURACY.md
accuracy: deps
	$(SWIFT) run -c release AccuracyReport --output ACCURACY.md

benchmark: deps
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark

# libFuzzer + AddressSanitizer over the recording readers for FUZZ_SECONDS (not part of make test)
FUZZ_SECONDS ?= 60
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

# docs/report-example.png (the README's report screenshot) from the bundled fixture, with rsvg-convert
screenshot: deps
	./scripts/render-report-screenshot.sh

clean:
	rm -rf .build Benchmarks/.build
