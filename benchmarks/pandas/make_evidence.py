#!/usr/bin/python3
"""Writes an evidence CSV for the CLI-versus-pandas comparison (benchmarks/README.md):
ROWS rows = students x 5 targets x 8 assessments, half-point scores 0.5-4 from a fixed seed, rows in
date order (as a gradebook exports them), students shuffled within each date.
Usage: make_evidence.py ROWS OUT.csv"""
import sys
import numpy as np

rows, out = int(sys.argv[1]), sys.argv[2]
targets, per_series = 5, 8
students = rows // (targets * per_series)
rng = np.random.default_rng(20261206)
target_ids = np.array(["7.RP.A.%d" % t for t in range(1, targets + 1)])
dates = np.array(["2026-09-%02d" % d for d in (1, 8, 15, 22)] + ["2026-10-%02d" % d for d in (6, 13, 20, 27)])
with open(out, "w", newline="") as f:
    f.write("student_id,target_id,assessed_on,score\n")
    for k in range(per_series):
        order = rng.permutation(students * targets)
        s = order // targets
        t = order % targets
        score = rng.integers(1, 9, size=order.size) / 2.0
        lines = np.char.add(np.char.add(np.char.add(np.char.add(
            np.char.add("S", np.char.zfill(s.astype(str), 7)), ","), target_ids[t]),
            "," + dates[k] + ","), score.astype(str))
        f.write("\n".join(lines.tolist()))
        f.write("\n")
