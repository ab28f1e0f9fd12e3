#!/usr/bin/env bash
# How GLPK's interior point ends on every full-year case (the example, the coverage case and the ten plan cases)
# in `gridflex solve CASE --method METHOD --json`: converged at once, converged on the second attempt after an
# instability stop, stopped (its best point accepted), or, when a crossover follows, stopped with the crossover
# starting from the stopped point. The measurement behind "Instability stops" in Benchmarks/README.md.
#
#   bash Benchmarks/interior/stops.sh [GRIDFLEX_BINARY]     (default: this tree's release build)
#   METHOD=auto bash Benchmarks/interior/stops.sh           (default METHOD: interior, the interior point as the answer)
#
# Prints a Markdown table: objective, iterations (interior point, both attempts; with a crossover its simplex
# iterations), wall seconds, peak MB, how it ended.
set -euo pipefail
cd "$(dirname "$0")/../.."

binary=${1:-}
if [ -z "$binary" ]; then
    swift build -c release --product gridflex >/dev/null
    binary=.build/release/gridflex
fi
method=${METHOD:-interior}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/stops.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

echo "| case | objective (EUR) | iterations | wall s | peak MB | how interior point ended |"
echo "|---|---:|---:|---:|---:|---|"
for case_file in Models/examples/guangxi-2020.yaml Benchmarks/cases/guangdong-every-feature.yaml Models/*/20*.yaml; do
    if ! /usr/bin/time -f "%e %M" -o "$scratch/time" "$binary" solve "$case_file" --method "$method" --json > "$scratch/out.json" 2>"$scratch/err"; then
        echo "| $case_file | failed: $(head -1 "$scratch/err") | | | | |"
        continue
    fi
    python3 - "$case_file" "$scratch/out.json" "$scratch/time" <<'PY'
import json, sys
case, out, timing = sys.argv[1:4]
result = json.load(open(out))
solver = result.get("solver", {})
notes = " ".join(solver.get("notes", []))
if "which converged" in notes:
    ended = "instability stop, converged on the second attempt"
elif "which stopped too" in notes:
    ended = "instability stop twice, best point accepted"
elif "no second interior point" in notes:
    ended = "instability stop; the crossover starts from the stopped point"
elif "numerical instability" in notes:
    ended = "instability stop, best point accepted"
elif "no convergence" in notes:
    ended = "no-convergence stop, best point accepted"
else:
    ended = "converged"
seconds, kilobytes = open(timing).read().split()
print(f"| {case} | {result['objective']:,.0f} | {solver.get('iterations', '')} | {float(seconds):.2f} | "
      f"{int(kilobytes) // 1024} | {ended} |")
PY
done
