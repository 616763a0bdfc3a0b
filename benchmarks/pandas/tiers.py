#!/usr/bin/python3
"""The pandas script a researcher writes for `mathplc tiers --in proficiency.csv --screening screening.csv` with the
default rules (docs/cli.md, TierRules): every target in the file is essential; a score at or above 3 meets it, below
3 is unmet, no score (insufficient evidence) is neither; Tier 3 from 3 unmet targets or a screening percentile below
10; Tier 2 from one unmet target or a percentile from 10 up to 25; otherwise core, with extension when every target
is met. Writes student_id, tier, targets_unmet (ids joined by ;), extension; no reason sentences.
Usage: tiers.py proficiency.csv screening.csv out.csv"""
import sys
import numpy as np
import pandas as pd

CUT, TIER3_UNMET, INTENSIVE_BELOW, TARGETED_BELOW = 3.0, 3, 10.0, 25.0


def below(value, cut):
    """Below the cut by more than mathplc's relative tolerance of 1e-9 (decision 0030)."""
    scale = np.maximum(1.0, np.maximum(np.abs(value), abs(cut)))
    return (value - cut) < -1e-9 * scale


scores = pd.read_csv(sys.argv[1], dtype={"student_id": str, "target_id": str}, usecols=["student_id", "target_id", "score"])
screening = pd.read_csv(sys.argv[2], dtype={"student_id": str})
essential = scores["target_id"].nunique()
scored = scores["score"].notna()
scores["unmet"] = scored & below(scores["score"], CUT)
scores["met"] = scored & ~scores["unmet"]
unmet_ids = (scores[scores["unmet"]].sort_values(["student_id", "target_id"])
             .groupby("student_id")["target_id"].agg(";".join).rename("targets_unmet"))
per_student = scores.groupby("student_id").agg(unmet=("unmet", "sum"), met=("met", "sum"))
students = per_student.join(unmet_ids).join(screening.set_index("student_id")["percentile"], how="outer")
students[["unmet", "met"]] = students[["unmet", "met"]].fillna(0)
pct = students["percentile"]
intensive = pct.notna() & below(pct, INTENSIVE_BELOW)
targeted = pct.notna() & ~intensive & below(pct, TARGETED_BELOW)
tier3 = (students["unmet"] >= TIER3_UNMET) | intensive
tier2 = ~tier3 & ((students["unmet"] > 0) | targeted)
students["tier"] = np.select([tier3, tier2], ["tier3", "tier2"], "core")
students["extension"] = np.where((students["tier"] == "core") & (students["met"] == essential) & (essential > 0), "true", "false")
students = students.sort_index()
students.index.name = "student_id"
students[["tier", "targets_unmet", "extension"]].to_csv(sys.argv[3])
