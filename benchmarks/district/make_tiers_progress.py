#!/usr/bin/env python3
"""Inputs for `mathplc tiers` and `mathplc progress` at a million rows (issue 18).

make_tiers_progress.py tiers ROWS FOLDER     -> FOLDER/proficiency.csv (ROWS rows: ROWS/5 students x 5 targets,
                                                as `mathplc proficiency` writes it; about 8 % without a score)
                                                and FOLDER/screening.csv (a percentile per student)
make_tiers_progress.py progress ROWS FOLDER  -> FOLDER/probes.csv (ROWS rows: ROWS/20 students x 20 weekly probes,
                                                in date order, students shuffled within each date)
                                                and FOLDER/goals.csv (a goal per student, baseline from the probes)
Fixed seed (2026): the same arguments give the same bytes.
"""
import datetime
import os
import random
import sys


def tiers(rows, folder):
    rng = random.Random(2026)
    students = rows // 5
    targets = ["6.RP.A.1", "6.RP.A.2", "6.RP.A.3a", "6.RP.A.3b", "6.RP.A.3c"]
    levels = {0: "Beginning", 1: "Beginning", 2: "Approaching", 3: "Target content", 4: "Beyond"}
    with open(os.path.join(folder, "proficiency.csv"), "w", newline="") as f:
        f.write("student_id,target_id,method,score,level,status,evidence_used,evidence_excluded\n")
        for s in range(students):
            ability = rng.gauss(0, 1)
            for t in targets:
                if rng.random() < 0.08:
                    f.write(f"S{s:07d},{t},mean,,,insufficient_evidence,0,0\n")
                    continue
                score = min(4.0, max(0.0, round((2.8 + ability + rng.gauss(0, 0.7)) * 2) / 2))
                f.write(f"S{s:07d},{t},mean,{score:g},{levels[int(score)]},scored,2,0\n")
    with open(os.path.join(folder, "screening.csv"), "w", newline="") as f:
        f.write("student_id,percentile\n")
        for s in range(students):
            f.write(f"S{s:07d},{rng.randint(1, 99)}\n")


def progress(rows, folder):
    rng = random.Random(2026)
    students = rows // 20
    start = datetime.date(2026, 9, 7)
    slopes = [rng.gauss(1.0, 0.8) for _ in range(students)]
    levels = [rng.gauss(40, 10) for _ in range(students)]
    order = list(range(students))
    with open(os.path.join(folder, "probes.csv"), "w", newline="") as f:
        f.write("student_id,measured_on,score\n")
        for week in range(20):
            day = (start + datetime.timedelta(weeks=week)).isoformat()
            rng.shuffle(order)
            for s in order:
                score = max(0, round(levels[s] + slopes[s] * week + rng.gauss(0, 4)))
                f.write(f"S{s:07d},{day},{score}\n")
    with open(os.path.join(folder, "goals.csv"), "w", newline="") as f:
        f.write("student_id,goal,goal_date\n")
        goal_date = (start + datetime.timedelta(weeks=30)).isoformat()
        for s in range(students):
            f.write(f"S{s:07d},{round(levels[s] + 30)},{goal_date}\n")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("tiers", "progress"):
        sys.exit(__doc__)
    os.makedirs(sys.argv[3], exist_ok=True)
    (tiers if sys.argv[1] == "tiers" else progress)(int(sys.argv[2]), sys.argv[3])
