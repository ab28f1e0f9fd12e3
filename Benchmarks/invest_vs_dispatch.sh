#!/usr/bin/env bash
# Full-year `gridflex invest` against full-year `gridflex solve` of the same case, one after the other on this
# machine: wall time and peak memory (maximum resident set size from /usr/bin/time -v) of each, REPEAT runs each
# (median wall, largest peak). `invest` solves the investment LP and then dispatches the case as written (the
# plan's portfolio) and the least-cost portfolio as reported, at once on two threads (a third dispatch follows when
# reading capacities at their limits loses a requirement), so its time includes those dispatches.
#
#   bash Benchmarks/invest_vs_dispatch.sh                         # Models/guangxi/2030.yaml, full year, 3 runs each
#   CASE=Models/guangxi/2030.yaml HOURS=1-168 REPEAT=1 bash Benchmarks/invest_vs_dispatch.sh
#
# Prints a Markdown table with the machine and the date; the runs' outputs stay in $OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
case_file=${CASE:-Models/guangxi/2030.yaml}
hours=${HOURS:-1-8760}
repeat=${REPEAT:-3}
out=${OUT:-.build/bench-invest}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }

swift build -c release --product gridflex >/dev/null
rm -rf "$out"
mkdir -p "$out"

measure() { # label, gridflex arguments…
    local label=$1
    shift
    for run in $(seq 1 "$repeat"); do
        echo "== $label run $run: gridflex $*" >&2
        /usr/bin/time -v -o "$out/$label.$run.time" .build/release/gridflex "$@" --hours "$hours" --json > "$out/$label.$run.json"
        local wall peak
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$out/$label.$run.time")
        peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out/$label.$run.time")
        echo "$label $wall $peak" >> "$out/measurements.txt"
    done
}

measure solve solve "$case_file"
measure invest invest "$case_file"

python3 - "$out" "$case_file" "$hours" <<'PY'
import json, platform, statistics, subprocess, sys, datetime
out, case_file, hours = sys.argv[1:4]
rows = {}
for line in open(f"{out}/measurements.txt"):
    label, wall, peak = line.split()
    rows.setdefault(label, []).append((float(wall), int(peak)))
def summary(label):
    walls = [w for w, _ in rows[label]]
    return statistics.median(walls), max(p for _, p in rows[label]) / 1024
solve_wall, solve_peak = summary("solve")
invest_wall, invest_peak = summary("invest")
solve = json.load(open(f"{out}/solve.1.json"))
invest = json.load(open(f"{out}/invest.1.json"))
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"Case {case_file}, hours {hours}; {cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; "
      f"{datetime.date.today()}; median wall of {len(rows['solve'])} runs, largest peak memory.\n")
print("| command | LP columns × rows | wall s | peak memory MiB | objective EUR (invest: capital included) |")
print("|---|---|---|---|---|")
s = solve["solver"]
print(f"| gridflex solve | {s['columns']:,} × {s['rows']:,} | {solve_wall:.2f} | {solve_peak:.0f} | {solve['objective']:.6e} |")
print(f"| gridflex invest (investment LP + dispatches) | – | {invest_wall:.2f} | {invest_peak:.0f} | {invest['objective_eur']:.6e} |")
print(f"| ratio invest ÷ solve | | {invest_wall / solve_wall:.2f}× | {invest_peak / solve_peak:.2f}× | |")
print(f"\nLoad average at the end: {open('/proc/loadavg').read().split()[0]} on this machine.")
PY
