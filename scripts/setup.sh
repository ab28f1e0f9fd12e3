#!/usr/bin/env bash
# Installs what GridFlex needs on a fresh Debian machine, only what is missing:
#   - GLPK (Debian's libglpk-dev), the LP engine, and SQLite's headers (libsqlite3-dev) for sweep results;
#   - zlib's headers (zlib1g-dev), which ZIPFoundation links to write Excel workbooks;
#   - LibreOffice Calc (libreoffice-calc, without recommends: about 50 s to install), which CI uses to open a workbook;
#   - a Python venv with highspy (the independent cross-check) and openpyxl (reads workbooks back) under .build/venv.
# Safe to run again; prints what it does.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)      # the LP engine
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev) # GRDB's SQLite, for sweep results
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)        # ZIPFoundation's deflate, for .xlsx files
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)  # opens a workbook in a real office suite (test)
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]} with apt"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: no 'swift' on PATH; install Swift 6.1 or later (https://www.swift.org/install/linux/)" >&2
    exit 1
fi

if [ "${GRIDFLEX_SKIP_PYTHON:-0}" != "1" ]; then
    venv=.build/venv
    if [ ! -x "$venv/bin/python" ]; then
        if ! python3 -m venv --help >/dev/null 2>&1; then
            as_root apt-get update -qq
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        fi
        echo "setup: creating $venv with highspy and openpyxl"
        mkdir -p .build
        python3 -m venv "$venv"
    fi
    if ! "$venv/bin/python" -c "import highspy, openpyxl" 2>/dev/null; then
        "$venv/bin/pip" install -q -r scripts/requirements.txt
    fi
fi
