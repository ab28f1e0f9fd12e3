#!/usr/bin/env bash
# A full-year sweep against the honest alternatives, all in one run on this machine:
#   sweep         gridflex sweep --jobs 1 (default --method auto: a cold point as gridflex solve, warm re-solves while they pay)
#   sweep vertex  gridflex sweep --jobs 1 --method vertex (first point interior point + crossover, then warm dual simplex)
#   solve vertex  the same points as independent `gridflex solve --method vertex` processes (interior point + crossover)
#   solve default the same points as independent `gridflex solve` processes (interior point + crossover, the interior
#                 point kept if the crossover fails)
#   interior      the same points as independent `gridflex solve --method interior` processes (fastest, not a vertex)
#   cold          gridflex sweep --method vertex --cold (every point interior point + crossover)
#   pypsa         PyPSA + HiGHS re-solving each point from scratch (gridflex export --pypsa, then solve_pypsa.py)
#
#   bash Benchmarks/sweep_vs_independent.sh                                  # Guangxi 2030, battery 0–9,500 MW, 20 points
#   POINTS=5 START=1000 STEP=500 bash Benchmarks/sweep_vs_independent.sh      # the five sizes 1,000–3,000 MW
#   VERTEX_POINTS=3 COLD_POINTS=3 PYPSA_POINTS=5 bash Benchmarks/sweep_vs_independent.sh   # slow runs on fewer points
#
# A run limited to fewer points than the sweep is reported per point and extrapolated, and says so. Objectives of
# every run are checked against the sweep's (1e-6 relative). Prints a Markdown table with the machine and the date.
# PyPSA needs the venv that Benchmarks/compare.sh creates (.build/pypsa-venv); PYPSA_POINTS=0 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
case_file=${CASE:-Models/guangxi/2030.yaml}
key=${KEY:-battery.power_mw}
start=${START:-0}
step=${STEP:-500}
points=${POINTS:-20}
vertex_points=${VERTEX_POINTS:-$points}
sweep_vertex_points=${SWEEP_VERTEX_POINTS:-$points}
default_points=${DEFAULT_POINTS:-$points}
interior_points=${INTERIOR_POINTS:-$points}
cold_points=${COLD_POINTS:-$points}
pypsa_points=${PYPSA_POINTS:-5}
out=${OUT:-.build/bench-sweep}
venv=.build/pypsa-venv

swift build -c release --product gridflex >/dev/null
rm -rf "$out"
mkdir -p "$out"
value() { awk "BEGIN { print $start + $1 * $step }"; }
seconds() { awk "BEGIN { print $2 - $1 }"; }
stop=$(value $((points - 1)))

echo "== sweep: $points points of $key=$start:$stop:$step on $case_file" >&2
began=$EPOCHREALTIME
.build/release/gridflex sweep "$case_file" --jobs 1 --vary "$key=$start:$stop:$step" --db "$out/sweep.sqlite" > "$out/sweep.log" 2>&1
echo "sweep $points $(seconds "$began" "$EPOCHREALTIME")" > "$out/walls.txt"

if [ "$sweep_vertex_points" -gt 0 ]; then
    echo "== sweep vertex: $sweep_vertex_points points (--method vertex)" >&2
    began=$EPOCHREALTIME
    .build/release/gridflex sweep "$case_file" --jobs 1 --method vertex --vary "$key=$start:$(value $((sweep_vertex_points - 1))):$step" \
        --db "$out/sweepvertex.sqlite" > "$out/sweepvertex.log" 2>&1
    echo "sweepvertex $sweep_vertex_points $(seconds "$began" "$EPOCHREALTIME")" >> "$out/walls.txt"
fi

if [ "$cold_points" -gt 0 ]; then
    echo "== cold: $cold_points points (--method vertex --cold)" >&2
    began=$EPOCHREALTIME
    .build/release/gridflex sweep "$case_file" --jobs 1 --method vertex --cold --vary "$key=$start:$(value $((cold_points - 1))):$step" \
        --db "$out/cold.sqlite" > "$out/cold.log" 2>&1
    echo "cold $cold_points $(seconds "$began" "$EPOCHREALTIME")" >> "$out/walls.txt"
fi

independent() { # label, count, extra solve arguments…
    local label=$1 count=$2; shift 2
    [ "$count" -gt 0 ] || return 0
    echo "== $label: $count independent gridflex solve processes" >&2
    local began=$EPOCHREALTIME
    for ((i = 0; i < count; i++)); do
        .build/release/gridflex solve "$case_file" --set "$key=$(value $i)" --json "$@" > "$out/$label-$i.json"
    done
    echo "$label $count $(seconds "$began" "$EPOCHREALTIME")" >> "$out/walls.txt"
}
independent vertex "$vertex_points" --method vertex
independent default "$default_points"
independent interior "$interior_points" --method interior

if [ "$pypsa_points" -gt 0 ]; then
    echo "== pypsa: $pypsa_points points, PyPSA + HiGHS from scratch" >&2
    total=0
    for ((i = 0; i < pypsa_points; i++)); do
        began=$EPOCHREALTIME
        .build/release/gridflex export "$case_file" --set "$key=$(value $i)" --pypsa "$out/pypsa-$i" > /dev/null
        "$venv/bin/python" Benchmarks/pypsa/solve_pypsa.py "$out/pypsa-$i" --solver highs --result "$out/pypsa-$i.json" > /dev/null 2>&1
        total=$(awk "BEGIN { print $total + $EPOCHREALTIME - $began }")
        rm -rf "$out/pypsa-$i"
    done
    echo "pypsa $pypsa_points $total" >> "$out/walls.txt"
fi

python3 - "$out" "$case_file" "$key=$start:$stop:$step" "$points" <<'PY'
import datetime, glob, json, os, platform, sqlite3, subprocess, sys
out, case, spec, points = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
walls = {label: (int(n), float(s)) for label, n, s in (line.split() for line in open(f"{out}/walls.txt"))}

def sweep_rows(name):
    with sqlite3.connect(f"{out}/{name}.sqlite") as db:
        return db.execute("SELECT objective, warm, status FROM results ORDER BY position").fetchall()

reference = sweep_rows("sweep")
assert len(reference) == points and all(r[2] == "optimal" for r in reference)
objectives = {"sweep": [r[0] for r in reference]}
if "cold" in walls: objectives["cold"] = [r[0] for r in sweep_rows("cold")]
if "sweepvertex" in walls: objectives["sweepvertex"] = [r[0] for r in sweep_rows("sweepvertex")]
for label in ("vertex", "default", "interior"):
    if label in walls: objectives[label] = [json.load(open(f"{out}/{label}-{i}.json"))["objective"] for i in range(walls[label][0])]
if "pypsa" in walls: objectives["pypsa"] = [json.load(open(f"{out}/pypsa-{i}.json"))["objective"] for i in range(walls["pypsa"][0])]

def worst(label):
    return max(abs(o - r) / abs(r) for o, r in zip(objectives[label], objectives["sweep"]))

names = {"sweep": "gridflex sweep --jobs 1 (default --method auto)", "sweepvertex": "gridflex sweep --jobs 1 --method vertex (warm starts)", "vertex": "independent gridflex solve --method vertex (interior + crossover)",
         "default": "independent gridflex solve (default: interior point + crossover)",
         "interior": "independent gridflex solve --method interior (not a vertex)", "cold": "gridflex sweep --jobs 1 --method vertex --cold",
         "pypsa": "PyPSA + HiGHS, each point from scratch"}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
glpk = subprocess.run(["sh", "-c", "dpkg-query -W -f='${Version}' libglpk40 2>/dev/null || echo unknown"], capture_output=True, text=True).stdout
print()
print(f"Machine: {cpu}, nproc {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} at the end; GLPK {glpk}; {datetime.date.today().isoformat()}")
print(f"Case: {case}, full year; points {spec}")
print()
print(f"| run | points run | wall s | s per point | wall for all {points} points, s | largest objective difference vs sweep |")
print("|---|---:|---:|---:|---:|---:|")
sweep_wall = walls["sweep"][1]
for label in ("sweep", "sweepvertex", "vertex", "default", "interior", "cold", "pypsa"):
    if label not in walls: continue
    n, wall = walls[label]
    total = wall / n * points
    note = "" if n == points else " (extrapolated)"
    print(f"| {names[label]} | {n} | {wall:.1f} | {wall / n:.1f} | {total:.0f}{note} | {worst(label):.1e} |")
with sqlite3.connect(f"{out}/sweep.sqlite") as db:
    print()
    print("Default sweep per point (solve s, warm, how it was solved):")
    for seconds, warm, note in db.execute("SELECT solve_seconds, warm, note FROM results ORDER BY position"):
        print(f"- {seconds:.2f} s, {'warm' if warm else 'cold'}: {note}")
if "sweepvertex" in walls:
    warm = sum(1 for r in sweep_rows("sweepvertex") if r[1] == 1)
    print()
    print(f"The --method vertex sweep solved {warm} of its {walls['sweepvertex'][0]} points warm; the rest by interior point + crossover.")
PY
