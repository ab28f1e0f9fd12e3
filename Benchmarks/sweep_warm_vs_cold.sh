#!/usr/bin/env bash
# Warm starts against cold solves on a full-year sweep: the same 20 points of new battery power, solved
# once from each previous point's basis (the default) and once cold (--cold: dual simplex with presolve).
#
#   bash Benchmarks/sweep_warm_vs_cold.sh                      # Guangxi 2030, battery 0–9,500 MW, 20 points each way
#   COLD_POINTS=4 bash Benchmarks/sweep_warm_vs_cold.sh        # only the first 4 points cold; per-point time extrapolated
#   CASE=Models/jiangxi/2030.yaml bash Benchmarks/sweep_warm_vs_cold.sh
#
# Both runs use one worker (--jobs 1) so that per-point seconds compare like with like. Prints a Markdown
# table for Benchmarks/README.md, with the machine and the date, and checks that warm and cold objectives agree.
set -euo pipefail
cd "$(dirname "$0")/.."
case_file=${CASE:-Models/guangxi/2030.yaml}
key=${KEY:-battery.power_mw}
start=${START:-0}
step=${STEP:-500}
points=${POINTS:-20}
cold_points=${COLD_POINTS:-$points}
out=${OUT:-.build/bench-sweep}

swift build -c release --product gridflex >/dev/null
mkdir -p "$out"
rm -f "$out"/warm.* "$out"/cold.*
stop=$((start + (points - 1) * step))
cold_stop=$((start + (cold_points - 1) * step))

run() { # label, extra arguments…
    local label=$1; shift
    local began ended
    began=$EPOCHREALTIME
    .build/release/gridflex sweep "$case_file" --jobs 1 --db "$out/$label.sqlite" "$@" > "$out/$label.log" 2>&1
    ended=$EPOCHREALTIME
    awk "BEGIN { print $ended - $began }"
}

echo "== warm: $points points of $key=$start:$stop:$step on $case_file"
warm_wall=$(run warm --vary "$key=$start:$stop:$step")
echo "== cold: $cold_points points of $key=$start:$cold_stop:$step (--cold)"
cold_wall=$(run cold --vary "$key=$start:$cold_stop:$step" --cold)

python3 - "$out/warm.sqlite" "$out/cold.sqlite" "$warm_wall" "$cold_wall" "$case_file" "$key=$start:$stop:$step" "$points" "$cold_points" <<'PY'
import datetime, os, platform, sqlite3, subprocess, sys
warm_db, cold_db, warm_wall, cold_wall, case, spec, points, cold_points = sys.argv[1:]
warm_wall, cold_wall, points, cold_points = float(warm_wall), float(cold_wall), int(points), int(cold_points)

def rows(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT point_key, objective, warm, iterations, load_seconds, build_seconds, solve_seconds, status "
                          "FROM results ORDER BY position").fetchall()

warm, cold = rows(warm_db), rows(cold_db)
assert len(warm) == points and len(cold) == cold_points, (len(warm), len(cold))
assert all(r[7] == "optimal" for r in warm + cold)
by_key = {r[0]: r[1] for r in warm}
worst = max(abs(by_key[k] - o) / abs(o) for k, o, *_ in cold)
assert worst < 1e-6, f"warm and cold objectives differ by {worst:.2e} (relative)"

def per_point(rs):
    return sum(r[4] + r[5] + r[6] for r in rs) / len(rs)

warm_later = [r for r in warm if r[2] == 1]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
glpk = subprocess.run(["sh", "-c", "dpkg-query -W -f='${Version}' libglpk40 2>/dev/null || echo unknown"], capture_output=True, text=True).stdout
load = os.getloadavg()[0]
print()
print(f"Machine: {cpu}, {os.cpu_count()} cores, load average {load:.1f} at the end; GLPK {glpk}; {datetime.date.today().isoformat()}")
print(f"Case: {case}, full year; sweep {spec} (--jobs 1)")
print()
print("| run | points | wall s | s per point (load + build + solve) | solve s per point | iterations per point |")
print("|---|---:|---:|---:|---:|---:|")
def line(label, rs, wall):
    print(f"| {label} | {len(rs)} | {wall:.1f} | {per_point(rs):.2f} | {sum(r[6] for r in rs) / len(rs):.2f} | {sum(r[3] for r in rs) / len(rs):.0f} |")
line("warm (default)", warm, warm_wall)
line("  of which warm re-solves", warm_later, sum(r[4] + r[5] + r[6] for r in warm_later))
line("cold (--cold)", cold, cold_wall)
ratio = per_point(cold) / per_point(warm)
ratio_later = per_point(cold) / per_point(warm_later) if warm_later else float("nan")
print()
print(f"Cold ÷ warm, seconds per point: {ratio:.1f}× over the whole warm sweep (its first point is cold), "
      f"{ratio_later:.1f}× against the warm re-solves alone.")
if cold_points < points:
    print(f"Cold ran {cold_points} of the {points} points; the cold sweep of all {points} would take about "
          f"{per_point(cold) * points:.0f} s (extrapolated per point).")
print(f"Largest relative difference between warm and cold objectives: {worst:.1e}.")
PY
