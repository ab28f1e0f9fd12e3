#!/usr/bin/env bash
# Sets up what is missing and runs every check: the full-year cross-check of the example case against
# HiGHS (an independent solver reading the exported MPS), the one-week cross-check against PyPSA + HiGHS
# (the case exported as a PyPSA network; venv cached under .build/pypsa-venv) and of the investment LP, the example's HTML report
# rendered in headless Chromium, plan extraction from the seed documents against the reviewed plan files,
# every plan case over the full year, a sweep run as a Slurm job array on a one-node cluster started for the
# purpose, the hostile-input corpus and 90 s of the loader fuzzer, every kind of workbook read back with openpyxl
# and one converted by LibreOffice Calc, then the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product gridflex
echo "== plan extract: the five seed documents against the reviewed plan files (recall ≥ 95 %, quotes verbatim)"
python3 scripts/plan_extract_recall.py .build/release/gridflex
echo "== cross-check: gridflex solve vs HiGHS on the exported MPS (full year, one week with simplex, a plan case with a share target)"
.build/venv/bin/python scripts/crosscheck_highs.py .build/release/gridflex Models/examples/guangxi-2020.yaml
.build/venv/bin/python scripts/crosscheck_highs.py .build/release/gridflex Models/examples/guangxi-2020.yaml --hours 1-168 --method simplex
.build/venv/bin/python scripts/crosscheck_highs.py .build/release/gridflex Models/yinchuan/2030.yaml
echo "== workbooks: solve, plan check, sweep and sweep merge --xlsx read back with openpyxl; one opened by LibreOffice Calc"
.build/venv/bin/python scripts/workbook_check.py .build/release/gridflex
echo "== report: the full-year example's HTML report in headless Chromium"
bash scripts/report_screenshot.sh
echo "== report: Guangxi 2030 in Chinese (--lang zh-CN --units cn) with Noto CJK fonts in headless Chromium"
bash scripts/report_screenshot.sh "" 4000 Models/guangxi/2030.yaml zh-CN
echo "== every region/year plan case over the full year"
python3 scripts/plan_cases.py .build/release/gridflex
echo "== cross-check: the example and the coverage cases, one week, against PyPSA + HiGHS (same case exported with gridflex export --pypsa), then the investment LP of the invest case (export --pypsa --invest against gridflex invest)"
bash Benchmarks/compare.sh --ci
echo "== Slurm: a sweep as a job array on a one-node cluster started here, merged and checked against a local run"
bash scripts/slurm_integration.sh .build/release/gridflex
echo "== hostile input: the corpus in Tests/Hostile (each input under a 20 s timeout), then 90 s of fuzzing the case loader and CSV reader"
python3 scripts/hostile_corpus.py .build/release/gridflex --timeout 20
python3 scripts/fuzz_loader.py .build/release/gridflex --seconds 90
echo "== test suite"
swift test
