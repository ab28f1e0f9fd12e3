#!/usr/bin/env bash
# Sets up what is missing, builds GridFlex (release) and solves the example case over the full year,
# writing summary.json and hourly.csv to out/guangxi-2020. Extra arguments go to `gridflex solve`.
set -euo pipefail
cd "$(dirname "$0")/.."
GRIDFLEX_SKIP_PYTHON=1 bash scripts/setup.sh
swift build -c release --product gridflex
.build/release/gridflex solve Models/examples/guangxi-2020.yaml --out out/guangxi-2020 "$@"
