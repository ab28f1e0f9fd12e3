#!/usr/bin/env bash
# The default solve (`gridflex solve CASE.yaml --json`) of the ten full-year plan cases, Models/*/20*.yaml, with
# the gridflex of BASE_COMMIT against the working tree's, in one run on this machine.
#
#   bash Benchmarks/speedup_vs_base.sh BASE_COMMIT [REPEAT]
#   bash Benchmarks/speedup_vs_base.sh BASE_BINARY [REPEAT]     (an already built gridflex, e.g. main's)
#
# The base binary is built by scripts/build_base.sh (a git worktree of BASE_COMMIT, kept under .build); the
# working tree is built in release. Each case runs REPEAT times (default 3) per binary, the two binaries taking
# turns so that load from other work falls on both alike; the table gives each case's median wall time (s) and
# peak resident memory (MB, from /usr/bin/time) and the objectives' relative difference. Exits 1 when an
# objective differs by more than 1e-6 (relative) or a solve fails.
#
# A base older than the `adequacy:` block and the invest-only keys (1823c99 is) cannot read today's plan cases.
# When `gridflex validate` of the base rejects a case that has an `adequacy:` block, both binaries solve a copy of
# the case's folder in the scratch directory without that block and without the one-line `invest:` and
# `retrofit:` keys of its resources (read by `gridflex invest` only: the dispatch LP exported with and without
# them is the same file). Both sides then solve the same LP, so the objectives still agree; the table marks those
# cases "(no adequacy)", and a second table gives this tree's binary alone on the cases as they stand.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: bash Benchmarks/speedup_vs_base.sh BASE_COMMIT|BASE_BINARY [REPEAT]" >&2
    exit 64
fi
repeat=${2:-3}
if [ -x "$1" ] && [ -f "$1" ]; then
    old_bin=$1
    base_label=$(basename "$(dirname "$(dirname "$(dirname "$1")")")")/gridflex
else
    old_bin=$(bash scripts/build_base.sh "$1")
    base_label=$(git rev-parse --short "$1")
fi
swift build -c release --product gridflex >/dev/null
new_bin=.build/release/gridflex

scratch=$(mktemp -d "${TMPDIR:-/tmp}/speedup.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# One solve: appends "seconds peak_mb objective" to $3.
measure() {
    local binary=$1 case_file=$2 into=$3
    if ! /usr/bin/time -f "%e %M" -o "$scratch/time" "$binary" solve "$case_file" --json > "$scratch/out.json" 2>"$scratch/err"; then
        echo "FAILED $binary $case_file: $(head -1 "$scratch/err")" >&2
        exit 1
    fi
    local objective
    objective=$(python3 -c 'import json,sys; print(repr(json.load(open(sys.argv[1]))["objective"]))' "$scratch/out.json")
    read -r seconds kilobytes < "$scratch/time"
    echo "$seconds $((kilobytes / 1024)) $objective" >> "$into"
}

# The case both binaries solve: CASE itself, or a copy without its `adequacy:` block and invest-only keys when the
# base rejects CASE (the folder is copied whole, so `plan: file:` still resolves; the data bundle is found from
# this directory).
comparable_case() {
    local case_file=$1
    if "$old_bin" validate "$case_file" >/dev/null 2>&1 || ! grep -q '^adequacy:' "$case_file"; then
        echo "$case_file"
        return
    fi
    local copy="$scratch/cases/$(dirname "$case_file")"
    mkdir -p "$copy"
    cp "$(dirname "$case_file")"/*.yaml "$copy/"
    # The block: the `adequacy:` line and the indented or blank lines after it, up to the next top-level key.
    awk '/^adequacy:/ { skip = 1; next } skip && /^[^ #]/ { skip = 0 } !skip' "$case_file" \
        | grep -v '^    \(invest\|retrofit\): {' > "$copy/$(basename "$case_file")"
    echo "$copy/$(basename "$case_file")"
}

cases=(Models/*/20*.yaml)
: > "$scratch/labels"
for case_file in "${cases[@]}"; do
    name=$(echo "$case_file" | tr '/' '_')
    solved=$(comparable_case "$case_file")
    if [ "$solved" = "$case_file" ]; then echo "$case_file" >> "$scratch/labels"; else echo "$case_file (no adequacy)" >> "$scratch/labels"; fi
    for _ in $(seq "$repeat"); do
        measure "$old_bin" "$solved" "$scratch/$name.old"
        measure "$new_bin" "$solved" "$scratch/$name.new"
        if [ "$solved" != "$case_file" ]; then measure "$new_bin" "$case_file" "$scratch/$name.asis"; fi
    done
done

python3 - "$scratch" "$base_label" "${cases[@]}" <<'PY'
import os, statistics, sys
scratch, base, cases = sys.argv[1], sys.argv[2], sys.argv[3:]
labels = open(f"{scratch}/labels").read().splitlines()
def runs(name, side):
    return [tuple(map(float, line.split())) for line in open(f"{scratch}/{name}.{side}")]
print(f"| case | {base} s | this tree s | ÷ | {base} MB | this tree MB | objective rel. diff |")
print("|---|---|---|---|---|---|---|")
total_old = total_new = 0.0
worst = 0.0
for case, label in zip(cases, labels):
    name = case.replace("/", "_")
    old, new = runs(name, "old"), runs(name, "new")
    old_s, new_s = statistics.median(r[0] for r in old), statistics.median(r[0] for r in new)
    old_mb, new_mb = statistics.median(r[1] for r in old), statistics.median(r[1] for r in new)
    diff = abs(old[0][2] - new[0][2]) / max(1.0, abs(old[0][2]))
    worst = max(worst, diff)
    total_old += old_s
    total_new += new_s
    print(f"| {label} | {old_s:.2f} | {new_s:.2f} | {old_s / new_s:.2f}× | {old_mb:.0f} | {new_mb:.0f} | {diff:.1e} |")
print(f"| total | {total_old:.2f} | {total_new:.2f} | {total_old / total_new:.2f}× | | | |")
print(f"\nwall time {100 * (1 - total_new / total_old):.1f} % lower; largest objective difference {worst:.1e} (relative)")
as_is = [case for case in cases if os.path.exists(f"{scratch}/{case.replace('/', '_')}.asis")]
if as_is:
    print("\nThis tree alone on the cases as they stand (with `adequacy:`):\n")
    print("| case | this tree s | this tree MB | objective (EUR) |")
    print("|---|---|---|---|")
    for case in as_is:
        own = runs(case.replace("/", "_"), "asis")
        seconds, mb = statistics.median(r[0] for r in own), statistics.median(r[1] for r in own)
        print(f"| {case} | {seconds:.2f} | {mb:.0f} | {own[0][2]:,.0f} |")
sys.exit(1 if worst > 1e-6 else 0)
PY
