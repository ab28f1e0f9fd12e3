#!/usr/bin/env python3
"""GridFlex and PyPSA side by side: the same cases, the same machine, one run.

For every case and window: `gridflex export --pypsa` writes the resolved case as a PyPSA network (with the rows
PyPSA lacks as an extra_functionality), then each tool solves it in a process of its own, timed from outside
(wall time, and peak resident memory from wait4): GridFlex (`gridflex solve --json`), PyPSA with HiGHS and PyPSA
with GLPK (glpsol). Prints one table; with --readme, writes it with the machine and versions into that file.
With --check, exits 1 unless every PyPSA objective is within --tolerance (relative) of GridFlex's.
With --invest, the investment LP instead: `gridflex export --pypsa --invest` against `gridflex invest --soft-targets
--json` (its objective_eur), each candidate's capacity a decision on both sides.
A regional case (regions: and links:) goes through the same steps: its export is one network with a bus per region
and its corridors as links (a link's flow profiles as their hourly p_max_pu and p_min_pu, a target over a group of
regions as one more extra row), and `gridflex solve --json` gives the objective of the whole dispatch, wheeling included.

Usage: compare.py --gridflex BIN [--cases CASE.yaml ...] [--hours 168,8760] [--solvers highs,glpk] [--invest]
                  [--tolerance 1e-6] [--timeout S] [--bench-json FILE] [--readme FILE] [--check]
"""
import argparse
import glob
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import report

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXAMPLE = "Models/examples/guangxi-2020.yaml"
REGIONS = ["guangxi", "jiangxi", "luzhou", "guangzhou", "yinchuan"]
REGIONAL = ["Models/regions/southern-grid-2030.yaml", "Benchmarks/regional/yunnan-guangdong-schedule.yaml"]


@dataclass
class Run:
    """One solve in a process of its own."""
    seconds: float = 0.0
    peak_mb: float = 0.0
    cpu_seconds: float = 0.0
    objective: float | None = None
    failure: str | None = None
    detail: dict = field(default_factory=dict)


@dataclass
class Comparison:
    """One case over one window, solved by every tool."""
    case: str
    hours: int
    runs: dict
    extra_features: list


def measure(command, timeout, output_path, log_path):
    """Runs `command` in a new session (stdout to output_path, stderr to log_path); returns wall seconds, peak MB,
    exit code, whether it timed out and CPU seconds (user + system). Peak memory is ru_maxrss from wait4: the largest
    of the process and its waited-for children (glpsol under PyPSA), not their sum."""
    started = time.perf_counter()
    with open(output_path, "w") as output, open(log_path, "w") as log:
        process = subprocess.Popen(command, stdout=output, stderr=log, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    return (time.perf_counter() - started, usage.ru_maxrss / 1024, process.returncode, timed_out.is_set(),
            usage.ru_utime + usage.ru_stime)


def solve_gridflex(gridflex, case, hours, workdir, timeout, invest=False):
    """`gridflex solve --json` (its objective), or with `invest` `gridflex invest --soft-targets --json` (its
    objective_eur: the LP the export writes keeps every target's penalised shortfall)."""
    output = workdir / "gridflex.json"
    command = [gridflex, "invest", case, "--soft-targets"] if invest else [gridflex, "solve", case]
    command += ["--hours", f"1-{hours}", "--json"]
    seconds, peak, code, timed_out, cpu = measure(command, timeout, output, workdir / "gridflex.log")
    run = Run(seconds, peak, cpu)
    if timed_out or code != 0:
        run.failure = f"timeout after {timeout:.0f} s" if timed_out else f"exit {code}"
        return run
    summary = json.loads(output.read_text())
    if invest:
        run.objective = summary["objective_eur"]
        return run
    run.objective = summary["objective"]
    run.detail = summary["solver"]
    if summary["status"] != "optimal":
        run.failure = summary["status"]
    return run


def solve_pypsa(network, solver, workdir, timeout):
    result = workdir / f"pypsa-{solver}.json"
    command = [sys.executable, str(HERE / "solve_pypsa.py"), str(network), "--solver", solver, "--result", str(result)]
    log = workdir / f"pypsa-{solver}.log"
    seconds, peak, code, timed_out, cpu = measure(command, timeout, log, workdir / f"pypsa-{solver}.err")
    run = Run(seconds, peak, cpu)
    if timed_out or code != 0 or not result.exists():
        run.failure = f"timeout after {timeout:.0f} s" if timed_out else f"exit {code}"
        return run
    outcome = json.loads(result.read_text())
    run.objective, run.detail = outcome["objective"], outcome["seconds"]
    if outcome["status"] != "ok" or outcome["condition"] != "optimal":
        run.failure = f"{outcome['status']}/{outcome['condition']}"
    return run


def warm_up(gridflex, case):
    """Runs each tool once untimed, so that neither pays for a cold disk cache (the data bundle, Python's modules)."""
    subprocess.run([gridflex, "validate", case, "--hours", "1-24"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-c", "import pypsa, linopy, highspy"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def compare(args, case, hours):
    with tempfile.TemporaryDirectory(prefix="gridflex-compare-") as scratch:
        workdir = Path(scratch)
        network = workdir / "network"
        subprocess.run([args.gridflex, "export", case, "--hours", f"1-{hours}", "--pypsa", str(network)]
                       + (["--invest"] if args.invest else []), check=True, stdout=subprocess.DEVNULL)
        mappings = json.loads((network / "gridflex_extra.json").read_text())["mappings"]
        extra = [f"{m['feature']} ({m['resource']})" for m in mappings if m["extra"]]
        runs = {"gridflex": solve_gridflex(args.gridflex, case, hours, workdir, args.timeout, args.invest)}
        for solver in args.solvers:
            runs[solver] = solve_pypsa(network, solver, workdir, args.timeout)
        for name, run in runs.items():
            print(f"  {name}: wall {run.seconds:.2f} s, CPU {run.cpu_seconds:.2f} s, peak {run.peak_mb:.0f} MB", file=sys.stderr)
            if run.failure:
                stem = "gridflex" if name == "gridflex" else f"pypsa-{name}"
                lines = [line for suffix in ("log", "err") if (workdir / f"{stem}.{suffix}").exists()
                         for line in (workdir / f"{stem}.{suffix}").read_text().splitlines()]
                print(f"  {name} failed ({run.failure}); its last lines of output:\n" + "\n".join(lines[-15:]), file=sys.stderr)
    return Comparison(case, hours, runs, extra)


def default_cases():
    cases = [EXAMPLE] + sorted(glob.glob("Benchmarks/cases/*.yaml"))
    for region in REGIONS:
        # Plan cases are named by their year; the folder's plan.yaml is the plan document they read.
        found = sorted(glob.glob(f"Models/{region}/20*.yaml"))
        if not found:
            print(f"skipping Models/{region}/20*.yaml: no case files yet", file=sys.stderr)
        cases += found
    for case in REGIONAL:
        if Path(case).exists():
            cases.append(case)
        else:
            print(f"skipping {case}: no such file yet", file=sys.stderr)
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gridflex", default=".build/release/gridflex", help="the gridflex executable (release build)")
    parser.add_argument("--cases", nargs="+", help="case files (default: the example, Benchmarks/cases/*.yaml, "
                        "Models/{" + ",".join(REGIONS) + "}/20*.yaml, " + ", ".join(REGIONAL) + ")")
    parser.add_argument("--hours", default="168,8760", help="window lengths from hour 1, comma-separated")
    parser.add_argument("--solvers", default="highs,glpk", help="PyPSA solvers, comma-separated (highs, highs-ipm, glpk)")
    parser.add_argument("--tolerance", type=float, default=1e-6, help="largest relative objective difference")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds any one solve may take")
    parser.add_argument("--bench-json", help="gridflex-bench --json output to include in the README section")
    parser.add_argument("--readme", help="Markdown file whose comparison section is rewritten with the results")
    parser.add_argument("--check", action="store_true", help="exit 1 when an objective differs beyond the tolerance")
    parser.add_argument("--invest", action="store_true", help="compare the investment LP (export --invest, gridflex invest)")
    args = parser.parse_args()
    os.chdir(ROOT)
    args.load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    args.gridflex = str(Path(args.gridflex).resolve())
    args.solvers = [s for s in args.solvers.split(",") if s]
    windows = [int(h) for h in args.hours.split(",")]

    comparisons = []
    for case in args.cases or default_cases():
        if not Path(case).exists():
            print(f"skipping {case}: no such file", file=sys.stderr)
            continue
        warm_up(args.gridflex, case)
        for hours in windows:
            print(f"solving {case} over hours 1-{hours} …", file=sys.stderr, flush=True)
            comparisons.append(compare(args, case, hours))
    table = report.table(comparisons, args.solvers, args.tolerance)
    print(table)
    if args.readme:
        bench = json.loads(Path(args.bench_json).read_text()) if args.bench_json else None
        report.update_readme(Path(args.readme), table, comparisons, bench, args)
        print(f"wrote the results to {args.readme}", file=sys.stderr)
    if args.check:
        bad = [c for c in comparisons if not report.agrees(c, args.solvers, args.tolerance)]
        for c in bad:
            print(f"FAILED: {c.case} over {c.hours} h: objectives differ or a solve failed", file=sys.stderr)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
