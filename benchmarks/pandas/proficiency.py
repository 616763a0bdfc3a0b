#!/usr/bin/python3
"""The pandas script a researcher writes for `mathplc proficiency --method mean` (benchmarks/README.md):
read_csv, keep summative evidence, sort into school order, groupby().mean(), to_csv.
Usage: proficiency.py evidence.csv out.csv"""
import sys
import pandas as pd

evidence = pd.read_csv(sys.argv[1], dtype={"student_id": str, "target_id": str})
if "kind" in evidence.columns:
    evidence = evidence[evidence["kind"].fillna("summative").str.lower() == "summative"]
sort_by = ["student_id", "target_id", "assessed_on"] + (["sequence"] if "sequence" in evidence.columns else [])
evidence = evidence.sort_values(sort_by, kind="stable")
means = evidence.groupby(["student_id", "target_id"], sort=True)["score"].mean()
means.rename("score").reset_index().to_csv(sys.argv[2], index=False)
