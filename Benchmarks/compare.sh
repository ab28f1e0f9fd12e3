#!/usr/bin/env bash
# GridFlex and PyPSA side by side on the same cases, on this machine, in one run (see Benchmarks/README.md).
#
#   bash Benchmarks/compare.sh          every case at 168 h and 8,760 h; GridFlex, PyPSA + HiGHS, PyPSA + GLPK;
#                                       runs gridflex-bench too and rewrites the results section of Benchmarks/README.md
#   bash Benchmarks/compare.sh --ci     the 168-hour cross-check against PyPSA + HiGHS only, of the dispatch (every
#                                       case, Models/regions/southern-grid-2030.yaml, and the link profiles and group
#                                       targets of Benchmarks/regional/yunnan-guangdong-schedule.yaml) and of the
#                                       investment LP (the invest case, the southern grid with expandable corridors and
#                                       the same with targets over groups of regions:
#                                       export --pypsa --invest against gridflex invest --soft-targets); fails when an
#                                       objective differs by more than 1e-6 (relative);
#                                       writes nothing
#
# Further arguments go to Benchmarks/pypsa/compare.py (e.g. --hours 168 --solvers highs --cases A.yaml).
# Installs what is missing: GLPK (libglpk-dev, and glpk-utils for glpsol) with apt, and a Python venv with the
# pinned packages of Benchmarks/pypsa/requirements.txt under .build/pypsa-venv (reused while they are unchanged).
set -euo pipefail
cd "$(dirname "$0")/.."

ci=0
if [ "${1:-}" = "--ci" ]; then ci=1; shift; fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

GRIDFLEX_SKIP_PYTHON=1 bash scripts/setup.sh
if [ "$ci" -eq 0 ] && ! command -v glpsol >/dev/null 2>&1; then
    echo "compare: installing glpk-utils (glpsol, GLPK's solver that PyPSA calls) with apt"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq glpk-utils >/dev/null
fi

venv=.build/pypsa-venv
requirements=Benchmarks/pypsa/requirements.txt
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
    echo "compare: creating $venv from $requirements (a few minutes the first time)"
    rm -rf "$venv"
    mkdir -p .build
    if ! python3 -m venv --help >/dev/null 2>&1; then
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    fi
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/requirements.txt"
fi

swift build -c release --product gridflex
if [ "$ci" -eq 1 ]; then
    "$venv/bin/python" Benchmarks/pypsa/compare.py --check --hours 168 --solvers highs \
        --cases Models/examples/guangxi-2020.yaml Benchmarks/cases/*.yaml Models/regions/southern-grid-2030.yaml \
        Benchmarks/regional/yunnan-guangdong-schedule.yaml "$@"
    exec "$venv/bin/python" Benchmarks/pypsa/compare.py --check --hours 168 --solvers highs --invest \
        --cases Benchmarks/cases/guangdong-invest.yaml Models/regions/southern-grid-2030-invest.yaml \
        Benchmarks/regional/southern-grid-invest-groups.yaml "$@"
fi

swift build -c release --product gridflex-bench
bench=.build/gridflex-bench.json
echo "compare: timing GridFlex by step (gridflex-bench)"
shopt -s nullglob
# Plan cases are named by their year; a folder's plan.yaml is the plan document they read, not a case.
.build/release/gridflex-bench --json Benchmarks/cases/*.yaml Models/{guangxi,jiangxi,luzhou,guangzhou,yinchuan}/20*.yaml > "$bench"
shopt -u nullglob
"$venv/bin/python" Benchmarks/pypsa/compare.py --bench-json "$bench" --readme Benchmarks/README.md "$@"
