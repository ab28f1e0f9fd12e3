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

for case_file in Models/*/20*.yaml; do
    name=$(echo "$case_file" | tr '/' '_')
    for _ in $(seq "$repeat"); do
        measure "$old_bin" "$case_file" "$scratch/$name.old"
        measure "$new_bin" "$case_file" "$scratch/$name.new"
    done
done

python3 - "$scratch" "$base_label" Models/*/20*.yaml <<'PY'
import statistics, sys
scratch, base, cases = sys.argv[1], sys.argv[2], sys.argv[3:]
def runs(name, side):
    return [tuple(map(float, line.split())) for line in open(f"{scratch}/{name}.{side}")]
print(f"| case | {base} s | this tree s | ÷ | {base} MB | this tree MB | objective rel. diff |")
print("|---|---|---|---|---|---|---|")
total_old = total_new = 0.0
worst = 0.0
for case in cases:
    name = case.replace("/", "_")
    old, new = runs(name, "old"), runs(name, "new")
    old_s, new_s = statistics.median(r[0] for r in old), statistics.median(r[0] for r in new)
    old_mb, new_mb = statistics.median(r[1] for r in old), statistics.median(r[1] for r in new)
    diff = abs(old[0][2] - new[0][2]) / max(1.0, abs(old[0][2]))
    worst = max(worst, diff)
    total_old += old_s
    total_new += new_s
    print(f"| {case} | {old_s:.2f} | {new_s:.2f} | {old_s / new_s:.2f}× | {old_mb:.0f} | {new_mb:.0f} | {diff:.1e} |")
print(f"| total | {total_old:.2f} | {total_new:.2f} | {total_old / total_new:.2f}× | | | |")
print(f"\nwall time {100 * (1 - total_new / total_old):.1f} % lower; largest objective difference {worst:.1e} (relative)")
sys.exit(1 if worst > 1e-6 else 0)
PY
