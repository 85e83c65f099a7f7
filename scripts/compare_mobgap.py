"""Side-by-side: mobgap's initial-contact detectors vs RetroGait on the same simulated recordings.

Run through `scripts/compare-mobgap.sh`, which builds `retrogait`, simulates the recordings and
installs mobgap into a throwaway virtual environment. Not part of `make test`.

For each recording, every detector's initial contacts are written as an event table and scored by
`retrogait evaluate` against the simulator's truth (both feet, one-to-one matching within the
tolerance). Speed: mobgap's `detect` call on a DataFrame already in memory (loading excluded), and
RetroGait's whole `retrogait analyze` run on the CSV file (parsing included, so RetroGait's figure is
the pessimistic one). Prints a Markdown table.
"""

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from mobgap.initial_contacts import IcdHKLeeImproved, IcdIonescu, IcdShinImproved

STANDARD_GRAVITY = 9.80665
SAMPLE_RATE_HZ = 100.0


def body_frame(recording_csv: Path) -> pd.DataFrame:
    """The simulator's lower-back frame (x facing, y left, z up; g, deg/s) as mobgap's body frame.

    mobgap wants acceleration in m/s² and angular velocity in deg/s, with all six channels present.
    """
    raw = pd.read_csv(recording_csv, usecols=["ax", "ay", "az", "gx", "gy", "gz"], dtype=np.float64)
    return pd.DataFrame({
        "acc_is": raw["az"].to_numpy() * STANDARD_GRAVITY,
        "acc_ml": raw["ay"].to_numpy() * STANDARD_GRAVITY,
        "acc_pa": raw["ax"].to_numpy() * STANDARD_GRAVITY,
        "gyr_is": raw["gz"].to_numpy(),
        "gyr_ml": raw["gy"].to_numpy(),
        "gyr_pa": raw["gx"].to_numpy(),
    })


def mobgap_detectors():
    return {
        "mobgap IcdIonescu": IcdIonescu(),
        "mobgap IcdShinImproved": IcdShinImproved(),
        "mobgap IcdHKLeeImproved": IcdHKLeeImproved(),
    }


def write_events(path: Path, sample_indices, sample_rate_hz: float) -> None:
    with path.open("w") as out:
        out.write("time_s,event,foot,strike,direction\n")
        for index in sorted(int(i) for i in sample_indices):
            out.write(f"{index / sample_rate_hz:.6f},IC,unknown,unknown,unknown\n")


def evaluate(retrogait: Path, truth: Path, events: Path, tolerance_ms: float) -> dict:
    result = subprocess.run(
        [str(retrogait), "evaluate", "--truth", str(truth), "--events", str(events),
         "--tolerance-ms", str(tolerance_ms), "--format", "json"],
        check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def initial_contact_scores(evaluation: dict) -> tuple[float, float | None]:
    """F1 and median |timing error| (ms) of initial contacts from `retrogait evaluate --format json`."""
    initial_contacts = evaluation["events"]["initial_contacts"]
    timing = initial_contacts.get("timing") or {}
    return initial_contacts["detection"]["f1"], timing.get("median_abs_error_ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--retrogait", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="folder with the simulated recordings")
    parser.add_argument("--accuracy", nargs="+", required=True, help="names of accuracy recordings")
    parser.add_argument("--speed", required=True, help="name of the long recording for speed")
    parser.add_argument("--tolerance-ms", type=float, default=40.0)
    args = parser.parse_args()

    print(f"| recording | detector | IC F1 (±{args.tolerance_ms:.0f} ms) | median abs IC error ms |")
    print("| --- | --- | ---: | ---: |")
    for name in args.accuracy:
        recording = args.work / f"{name}.csv"
        truth = args.work / f"{name}-events.csv"
        data = body_frame(recording)
        for label, detector in mobgap_detectors().items():
            try:
                detector.detect(data, sampling_rate_hz=SAMPLE_RATE_HZ)
                events = args.work / f"{name}-{label.split()[-1]}.csv"
                write_events(events, detector.ic_list_["ic"].to_numpy(), SAMPLE_RATE_HZ)
                f1, median = initial_contact_scores(evaluate(args.retrogait, truth, events, args.tolerance_ms))
                median_text = "—" if median is None else f"{median:.1f}"
                print(f"| {name} | {label} | {f1:.3f} | {median_text} |")
            except Exception as error:  # a detector that fails on a recording is reported, not hidden
                print(f"| {name} | {label} | failed: {type(error).__name__}: {error} | — |")
        events = args.work / f"{name}-retrogait.csv"
        subprocess.run([str(args.retrogait), "analyze", str(recording), "--placement", "lower-back",
                        "--events-csv", str(events), "--format", "json"],
                       check=True, capture_output=True)
        f1, median = initial_contact_scores(evaluate(args.retrogait, truth, events, args.tolerance_ms))
        median_text = "—" if median is None else f"{median:.1f}"
        print(f"| {name} | RetroGait (lower back) | {f1:.3f} | {median_text} |")

    recording = args.work / f"{args.speed}.csv"
    data = body_frame(recording)
    samples = len(data)
    print()
    print(f"Speed on `{args.speed}` ({samples:,} samples at {SAMPLE_RATE_HZ:.0f} Hz, "
          f"{samples / SAMPLE_RATE_HZ / 3600:.2f} h), one run each:")
    print()
    print("| detector | what is timed | seconds | M samples/s |")
    print("| --- | --- | ---: | ---: |")
    for label, detector in mobgap_detectors().items():
        start = time.perf_counter()
        try:
            detector.detect(data, sampling_rate_hz=SAMPLE_RATE_HZ)
        except Exception as error:
            print(f"| {label} | detect() on an in-memory DataFrame | failed: {type(error).__name__} | — |")
            continue
        seconds = time.perf_counter() - start
        print(f"| {label} | detect() on an in-memory DataFrame | {seconds:.2f} | {samples / seconds / 1e6:.1f} |")
    start = time.perf_counter()
    subprocess.run([str(args.retrogait), "analyze", str(recording), "--placement", "lower-back",
                    "--format", "json"], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    print(f"| RetroGait | whole `retrogait analyze` run, CSV parsing included | {seconds:.2f} | "
          f"{samples / seconds / 1e6:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
