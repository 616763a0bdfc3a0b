#!/usr/bin/python3
"""The pandas script a researcher writes for `mathplc progress --in probes.csv --goals goals.csv` with the default
rules (docs/cli.md, ProgressRules): baseline the median of the first 3 probes, dated at the third (unless goals.csv
gives baseline, baseline_date); weeks are calendar days / 7; the points after the baseline; a decision needs 6 points
over 6 weeks; then the trend rule from 8 points (least-squares slope against the goal slope within 5 %, and
change-instruction when the trend line misses the goal at the goal date by more than 5 % of the change asked), else
the last 4 points against the goal line. Writes the numbers and the decision, no reason sentences.
Usage: progress.py probes.csv goals.csv out.csv"""
import sys
import numpy as np
import pandas as pd

TOL, K, MIN_POINTS, MIN_WEEKS, TREND_POINTS = 0.05, 4, 6, 6.0, 8


def compare(a, b):
    """-1, 0 or 1 with mathplc's relative tolerance of 1e-9 (decision 0030)."""
    scale = np.maximum(1.0, np.maximum(np.abs(a), np.abs(b)))
    d = a - b
    return pd.Series(np.where(np.abs(d) <= 1e-9 * scale, 0, np.sign(d)), index=d.index)


probes = pd.read_csv(sys.argv[1], dtype={"student_id": str}, parse_dates=["measured_on"])
goals = pd.read_csv(sys.argv[2], dtype={"student_id": str}, parse_dates=["goal_date"] + (["baseline_date"] if "baseline_date" in open(sys.argv[2]).readline() else []))
probes = probes.sort_values(["student_id", "measured_on"], kind="stable")
probes["i"] = probes.groupby("student_id").cumcount()
first3 = probes[probes["i"] < 3].groupby("student_id").agg(b=("score", "median"), bd=("measured_on", "last"), c=("score", "size"))
g = goals.set_index("student_id").join(first3)
if "baseline" in g.columns:
    given = g["baseline"].notna()
    g.loc[given, "b"], g.loc[given, "bd"], g.loc[given, "c"] = g.loc[given, "baseline"], g.loc[given, "baseline_date"], 3
g = g[g["c"] >= 3]  # fewer probes than the baseline needs: insufficient-data with no numbers
g["goal_weeks"] = (g["goal_date"] - g["bd"]).dt.days / 7.0
g["goal_slope"] = (g["goal"] - g["b"]) / g["goal_weeks"]

p = probes.join(g[["b", "bd", "goal_slope"]], on="student_id", how="inner")
p = p[p["measured_on"] > p["bd"]].copy()
p["t"] = (p["measured_on"] - p["bd"]).dt.days / 7.0
grp = p.groupby("student_id")
p["j"] = grp.cumcount()
p["n"] = grp["t"].transform("size")
p["t_bar"] = grp["t"].transform("mean")
p["y_bar"] = grp["score"].transform("mean")
p["dt"] = p["t"] - p["t_bar"]
p["sxy"] = p["dt"] * (p["score"] - p["y_bar"])
p["sxx"] = p["dt"] * p["dt"]
p["side"] = compare(p["score"], p["b"] + p["goal_slope"] * p["t"]) * np.where(p["goal_slope"] >= 0, 1, -1)
outer = np.where(p["n"] % 3 == 2, p["n"] // 3 + 1, p["n"] // 3)
left, right = p[p["j"] < outer].groupby("student_id"), p[p["j"] >= p["n"] - outer].groupby("student_id")
last3 = p[p["j"] >= p["n"] - 3].groupby("student_id")
lastk = p[p["j"] >= p["n"] - K].groupby("student_id")["side"]
s = pd.DataFrame({
    "points": grp.size(), "t_bar": grp["t_bar"].first(), "y_bar": grp["y_bar"].first(),
    "sxy": grp["sxy"].sum(), "sxx": grp["sxx"].sum(), "last": grp["t"].last(),
    "level": last3["score"].median(),
    "tukey_run": right["t"].median() - left["t"].median(), "tukey_rise": right["score"].median() - left["score"].median(),
    "better": lastk.apply(lambda x: (x > 0).sum()), "worse": lastk.apply(lambda x: (x < 0).sum()),
})
out = g.join(s)
out["points"] = out["points"].fillna(0).astype(int)
ols = (out["sxy"] / out["sxx"]).where(out["sxx"] > 0)
tukey = (out["tukey_rise"] / out["tukey_run"]).where(out["tukey_run"] > 0)
direction = np.where(out["goal_slope"] >= 0, 1, -1)
goal_value = out["b"] + out["goal_slope"] * out["goal_weeks"]
projected = out["y_bar"] + ols * (out["goal_weeks"] - out["t_bar"])
misses = (compare((goal_value - projected) * direction, TOL * (goal_value - out["b"]).abs()) > 0).astype(object).where(ols.notna())
band_cmp = compare(((ols - out["goal_slope"]) * direction).abs(), TOL * out["goal_slope"].abs())
by_slope = np.where(band_cmp <= 0, "continue", np.where((ols - out["goal_slope"]) * direction > 0, "raise-goal", "change-instruction"))
trend = np.where(misses.fillna(False).astype(bool), "change-instruction", by_slope)
k_point = np.where(out["better"] == K, "raise-goal", np.where(out["worse"] == K, "change-instruction", "continue"))
enough = (out["points"] >= MIN_POINTS) & (compare(out["last"].fillna(0), MIN_WEEKS) >= 0)
out["decision"] = np.where(~enough, "insufficient-data",
                           np.where((out["points"] >= TREND_POINTS) & ols.notna(), trend, k_point))
res = pd.DataFrame({
    "points": out["points"], "ols_slope_per_week": ols, "tukey_slope_per_week": tukey, "goal_slope_per_week": out["goal_slope"],
    "roi_per_week": ((out["level"] - out["b"]) / out["last"]).where(out["last"] > 0),
    "gap_ratio": ((out["b"] + out["goal_slope"] * out["last"]) / out["level"]).where(out["level"] > 0),
    "decision": out["decision"], "level": out["level"], "projected_at_goal_date": projected,
    "needed_roi_per_week": ((goal_value - out["level"]) / (out["goal_weeks"] - out["last"])).where(out["goal_weeks"] > out["last"]),
    "misses_goal": misses.map({True: "yes", False: "no"}),
})
res = pd.concat([res, goals.set_index("student_id").loc[~goals["student_id"].isin(res.index).values, []]]).sort_index()
res["points"] = res["points"].fillna(0).astype(int)
res["decision"] = res["decision"].fillna("insufficient-data")
res.index.name = "student_id"
res.to_csv(sys.argv[3])
