#!/usr/bin/env bash
# A state-scale workflow (issue 17): each district's evidence is scored by `mathplc proficiency` into Parquet, and DuckDB
# reads every district's results at once to answer the research questions — without loading anything into memory first
# and without MathPlc depending on DuckDB (its native library is large; decision 0055).
#
#   for district in evidence/*.parquet; do mathplc proficiency --in "$district" --preset canvas-decaying-average \
#       --out "results/$(basename "$district")"; done
#   duckdb -c "SELECT ... FROM read_parquet('results/*.parquet', filename = true) ..."
#
# This script runs the same steps on docs/examples/unit1-evidence.csv, scored two ways as two "districts".
# Run from the repository root: bash docs/examples/state-scale-duckdb.sh [FOLDER]   (default artifacts/examples/state-scale)
# Needs the duckdb command-line tool (https://duckdb.org); without it the script says so and stops, successfully.
set -euo pipefail
if ! command -v duckdb >/dev/null 2>&1; then
  echo "SKIPPED: docs/examples/state-scale-duckdb.sh needs the duckdb command-line tool, which is not installed."
  exit 0
fi
folder=${1:-artifacts/examples/state-scale}
mathplc=${MATHPLC:-"dotnet run --project src/MathPlc.Cli --no-build --"}
mkdir -p "$folder/results"

# 1. Score each district's evidence into Parquet (here: one evidence file, two grading settings standing in for two districts).
$mathplc proficiency --in docs/examples/unit1-evidence.csv --preset canvas-decaying-average --out "$folder/results/district-a.parquet"
$mathplc proficiency --in docs/examples/unit1-evidence.csv --method mean --scale-min 0 --scale-max 5 --mastery 3 --out "$folder/results/district-b.parquet"

# 2. DuckDB reads every results file at once: how many students are proficient on each target, per district. A missing
#    score is NULL (insufficient evidence), never zero, so it is counted apart rather than averaged in.
duckdb -c "
  SELECT regexp_extract(filename, '([^/]+)\.parquet$', 1) AS district,
         target_id,
         count(*) AS students,
         count(score) AS scored,
         count(*) FILTER (WHERE status = 'insufficient_evidence') AS insufficient_evidence,
         count(*) FILTER (WHERE score >= 3) AS proficient,           -- mastery is 3 on both districts' 0–5 scales
         round(avg(score), 2) AS mean_score
  FROM read_parquet('$folder/results/*.parquet', filename = true)
  GROUP BY ALL
  ORDER BY district, target_id;"
