#!/usr/bin/python3
"""Writes an evidence CSV for the CLI-versus-pandas comparison (benchmarks/README.md):
ROWS rows = students x 5 targets x 8 assessments, half-point scores 0.5-4 from a fixed seed, rows in
date order (as a gradebook exports them), students shuffled within each date.
Usage: make_evidence.py ROWS OUT.csv

Every line has the same width (S + 7 digits, 7.RP.A.n, yyyy-mm-dd, d.d), so the lines are built as a
byte matrix, which writes 100,000,000 rows in minutes (numpy's string functions took an hour); the
bytes are the same as building each line as text (the random draws are the same, in the same order)."""
import sys
import numpy as np

rows, out = int(sys.argv[1]), sys.argv[2]
targets, per_series = 5, 8
students = rows // (targets * per_series)
assert students <= 10**7, "student ids are S + 7 digits"
rng = np.random.default_rng(20261206)
dates = ["2026-09-%02d" % d for d in (1, 8, 15, 22)] + ["2026-10-%02d" % d for d in (6, 13, 20, 27)]
width = 33  # S0000000,7.RP.A.1,2026-09-01,2.5\n
with open(out, "wb") as f:
    f.write(b"student_id,target_id,assessed_on,score\n")
    for k in range(per_series):
        order = rng.permutation(students * targets)
        s = order // targets
        t = order % targets
        halves = rng.integers(1, 9, size=order.size)  # the score is halves / 2: 0.5 ... 4.0
        for start in range(0, order.size, 1 << 22):
            end = min(order.size, start + (1 << 22))
            n = end - start
            line = np.empty((n, width), dtype=np.uint8)
            line[:] = np.frombuffer(("S0000000,7.RP.A.0," + dates[k] + ",0.0\n").encode(), dtype=np.uint8)
            number = s[start:end].copy()
            for digit in range(7, 0, -1):  # columns 1..7: the student number, zero padded
                line[:, digit] = 48 + number % 10
                number //= 10
            line[:, 16] = 49 + t[start:end]
            h = halves[start:end]
            line[:, 29] = 48 + h // 2
            line[:, 31] = 48 + (h % 2) * 5
            f.write(line.tobytes())
