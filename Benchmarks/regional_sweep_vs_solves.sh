#!/usr/bin/env bash
# A regional sweep against one `gridflex solve` per point: the southern grid over HOURS (default one week), GX's battery
# at 1,000, 2,000 and 3,000 MW, each way REPEATS times (default 5), alternating, all in one run on this machine.
#   sweep    gridflex sweep --vary GX.battery.power_mw=1000:3000:1000 (default --jobs: the number of cores)
#   sweep 1  the same with --jobs 1
#   solves   three `gridflex solve` processes in a row, one per point. `solve` takes no --set on a regional case, so each
#            point is a copy of Models/ whose Guangxi plan sets the battery (the plan's new-type storage figure, which
#            the case maps onto the battery alone) to the point's value; the objectives are checked against the sweep's.
#
#   bash Benchmarks/regional_sweep_vs_solves.sh
#   HOURS=1-8760 REPEATS=1 bash Benchmarks/regional_sweep_vs_solves.sh
#
# Prints each run's wall seconds and the median of each way.
set -euo pipefail
cd "$(dirname "$0")/.."
hours=${HOURS:-1-168}
repeats=${REPEATS:-5}
out=${OUT:-.build/bench-regional-sweep}
points="1000 2000 3000"
binary=.build/release/gridflex

swift build -c release --product gridflex >/dev/null
rm -rf "$out"
mkdir -p "$out"
for value in $points; do
    mkdir -p "$out/p$value"
    cp -r Models "$out/p$value/"
    python3 - "$out/p$value/Models/guangxi/plan.yaml" "$value" <<'PY'
import sys
path, value = sys.argv[1], sys.argv[2]
text = open(path).read()
start = text.index("id: gx_new_storage_2025")
at = text.index("value: 2000", start)
open(path, "w").write(text[:at] + f"value: {value}" + text[at + len("value: 2000"):])
PY
done

seconds() { awk "BEGIN { print $2 - $1 }"; }
: > "$out/walls.txt"
for run in $(seq 1 "$repeats"); do
    for jobs in default 1; do
        rm -f "$out"/sweep.sqlite*
        extra=()
        [ "$jobs" = 1 ] && extra=(--jobs 1)
        began=$EPOCHREALTIME
        "$binary" sweep Models/regions/southern-grid-2030.yaml --vary GX.battery.power_mw=1000:3000:1000 --hours "$hours" \
            --db "$out/sweep.sqlite" --csv "$out/sweep.csv" "${extra[@]}" > /dev/null 2>&1
        echo "sweep-jobs-$jobs $(seconds "$began" "$EPOCHREALTIME")" >> "$out/walls.txt"
    done
    began=$EPOCHREALTIME
    for value in $points; do
        "$binary" solve "$out/p$value/Models/regions/southern-grid-2030.yaml" --hours "$hours" --json > "$out/solve-$value.json"
    done
    echo "solves $(seconds "$began" "$EPOCHREALTIME")" >> "$out/walls.txt"
done

python3 - "$out" <<'PY'
import csv, json, statistics, sys
out = sys.argv[1]
swept = {row["GX.battery.power_mw"]: float(row["objective"]) for row in csv.DictReader(open(f"{out}/sweep.csv"))}
for value, objective in swept.items():
    alone = json.load(open(f"{out}/solve-{value}.json"))["objective"]
    gap = abs(alone - objective) / abs(alone)
    print(f"GX.battery.power_mw={value}: sweep {objective:,.2f} EUR, solve {alone:,.2f} EUR, relative gap {gap:.1e}")
    assert gap <= 1e-6, "the sweep and solve disagree"
walls = {}
for line in open(f"{out}/walls.txt"):
    label, seconds = line.split()
    walls.setdefault(label, []).append(float(seconds))
for label, values in walls.items():
    print(f"{label}: median {statistics.median(values):.2f} s over {len(values)} runs ({', '.join(f'{v:.2f}' for v in values)})")
PY
