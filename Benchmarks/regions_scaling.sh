#!/usr/bin/env bash
# How a regional solve grows with the number of regions: 1, 2, 5, 10 and 31 provinces, one week and the full year,
# each case written by `gridflex case build --regions … --year 2030` from the data bundle and solved by
# `gridflex solve --json` in a process of its own (`--decompose auto`: week by week above ten regions; DECOMPOSE=never
# forces one LP): wall time and peak memory (maximum resident set size from /usr/bin/time -v), LP columns × rows,
# objective. A run over TIMEOUT seconds (default 1800) is stopped and shown as such.
#
#   bash Benchmarks/regions_scaling.sh                    # every size, both windows
#   SIZES="1 2 5" WINDOWS="1-168" bash Benchmarks/regions_scaling.sh
#
# Prints a Markdown table with the machine and the date; cases and outputs stay in $OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-1 2 5 10 31}
windows=${WINDOWS:-1-168 1-8760}
timeout_seconds=${TIMEOUT:-1800}
decompose=${DECOMPOSE:-auto}
out=${OUT:-.build/bench-regions}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }

swift build -c release --product gridflex >/dev/null
rm -rf "$out"
mkdir -p "$out"

provinces() { # the first N regions, grown outward from the southern grid
    local all="GD GX YN GZ HI HN JX HB FJ CQ SC ZJ AH JS SH HA SD HE BJ TJ SX NM LN JL HL SN GS QH NX XJ XZ"
    echo "$all" | tr ' ' '\n' | head -n "$1" | paste -sd, -
}

for size in $sizes; do
    codes=$(provinces "$size")
    .build/release/gridflex case build --regions "$codes" --year 2030 --out "$out/regions-$size.yaml" >/dev/null
    for window in $windows; do
        label="$size.$window"
        echo "== $size regions ($codes), hours $window" >&2
        status=0
        /usr/bin/time -v -o "$out/$label.time" timeout "$timeout_seconds" \
            .build/release/gridflex solve "$out/regions-$size.yaml" --hours "$window" --decompose "$decompose" --json > "$out/$label.json" || status=$?
        echo "$size $window $status" >> "$out/runs.txt"
    done
done

python3 - "$out" "$timeout_seconds" <<'PY'
import datetime, json, platform, subprocess, sys
out, limit = sys.argv[1], sys.argv[2]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"{cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; {datetime.date.today()}; "
      f"one run each, stopped after {limit} s.\n")
print("| regions | hours | LP columns × rows | solved as | wall s | peak memory MiB | objective EUR | status |")
print("|---:|---|---|---|---:|---:|---:|---|")
for line in open(f"{out}/runs.txt"):
    size, window, code = line.split()
    label = f"{size}.{window}"
    times = {}
    for row in open(f"{out}/{label}.time"):
        key, _, value = row.strip().partition(": ")
        times[key] = value
    wall = times.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "0")
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    peak = int(times.get("Maximum resident set size (kbytes)", "0")) / 1024
    try:
        summary = json.load(open(f"{out}/{label}.json"))
        solver = summary["solver"]
        size_text = f"{solver['columns']:,} × {solver['rows']:,}"
        windows = next((n.split(" windows")[0].removeprefix("solved in ") for n in solver["notes"] if n.startswith("solved in ")), None)
        how = f"{windows} weeks" if windows else "one LP"
        print(f"| {size} | {window} | {size_text} | {how} | {seconds:.2f} | {peak:.0f} | {summary['objective']:.6e} | {summary['status']} |")
    except (ValueError, KeyError, OSError):
        status = "stopped at the time limit" if code == "124" else f"exit {code}"
        print(f"| {size} | {window} | | | {seconds:.2f} | {peak:.0f} | | {status} |")
PY
