#!/usr/bin/env python3
"""Plots simulated forward heel-strike vs backward toe-strike running, foot and lower back.

Usage: scripts/plot_simulated_strikes.py OUT.png
Needs `retrogait` built (swift build; or set RETROGAIT to the executable) and numpy + matplotlib (pip install matplotlib).
The sensor frame is the body frame here (no mounting rotation): for the foot, x points to the toes
and z out of the instep; for the lower back, z is vertical and x anteroposterior (facing direction positive).
"""
import subprocess, sys, tempfile, os
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

out = sys.argv[1] if len(sys.argv) > 1 else "simulated-strikes.png"
retrogait = os.environ.get("RETROGAIT") or os.path.join(
    subprocess.run(["swift", "build", "--show-bin-path"], capture_output=True, text=True, check=True).stdout.strip(), "retrogait")
cases = [("forward", "heel"), ("backward", "toe")]
placements = ["foot", "lower-back"]
fig, axes = plt.subplots(len(placements), len(cases), figsize=(12, 6.5), sharex=True)
with tempfile.TemporaryDirectory() as folder:
    for column, (direction, strike) in enumerate(cases):
        for row, placement in enumerate(placements):
            rec, ev = os.path.join(folder, "r.csv"), os.path.join(folder, "e.csv")
            subprocess.run([retrogait, "simulate", "--placement", placement, "--rate", "500", "--seed", "3",
                            "--activity", "run", "--direction", direction, "--strike", strike, "--duration", "12",
                            "--noise", "0.005", "--out", rec, "--truth-events", ev], check=True, capture_output=True)
            data = np.genfromtxt(rec, delimiter=",", names=True)
            events = np.genfromtxt(ev, delimiter=",", names=True, dtype=None, encoding=None)
            start = 6.0
            window = (data["t"] >= start) & (data["t"] <= start + 0.8)
            t = data["t"][window] - start
            ax = axes[row][column]
            labels = {"foot": ("x (toward toes)", "z (out of instep)"), "lower-back": ("x (AP, facing +)", "z (vertical)")}[placement]
            ax.plot(t, data["ax"][window], label=labels[0], lw=1)
            ax.plot(t, data["az"][window], label=labels[1], lw=1)
            for e in events:
                if start <= e[0] <= start + 0.8 and (placement != "foot" or e[2] == "left"):
                    ax.axvline(e[0] - start, color="r" if e[1] == "IC" else "g", lw=0.7, ls="--")
            ax.set_title(f"{placement}: {direction} running, {strike} strike")
            ax.set_ylabel("acceleration (g)")
            ax.legend(loc="upper right", fontsize=8)
    for ax in axes[-1]:
        ax.set_xlabel("time (s); red dashed: initial contact, green dashed: toe-off")
fig.tight_layout()
fig.savefig(out, dpi=80)
print(f"wrote {out}")
