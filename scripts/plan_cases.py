#!/usr/bin/env python3
"""Solves every region/year plan case over the full year with `gridflex plan check --json` and prints one
table: region, year, objective, renewable utilisation, curtailment, unserved energy, peak net load after
flexibility, and each target met or not. Exit status 1 if any case fails to solve.

Usage: plan_cases.py GRIDFLEX_BINARY [--hours A-B] [--models Models]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gridflex")
    parser.add_argument("--hours")
    parser.add_argument("--models", default="Models")
    args = parser.parse_args()
    cases = sorted(path for path in glob.glob(os.path.join(args.models, "*", "[0-9]*.yaml")))
    if not cases:
        print(f"no cases under {args.models}/<region>/<year>.yaml", file=sys.stderr)
        return 1
    failed = 0
    print("| region | year | objective EUR | RE utilisation | curtailment % | unserved MWh | peak net load after flex MW | seconds | targets |")
    print("|---|---|---|---|---|---|---|---|---|")
    for path in cases:
        command = [args.gridflex, "plan", "check", path, "--json"] + (["--hours", args.hours] if args.hours else [])
        started = time.perf_counter()
        run = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        region, year = path.split(os.sep)[-2], os.path.splitext(os.path.basename(path))[0]
        if run.returncode != 0:
            failed += 1
            print(f"| {region} | {year} | FAILED: {run.stderr.strip()[:200]} |||||||")
            continue
        check = json.loads(run.stdout)
        kpis = check["summary"]["kpis"]
        available = kpis["renewable_available_mwh"]
        curtailed = 100 * kpis["curtailment_mwh"] / available if available else 0
        targets = "; ".join(f"{t['id']} {t['status']}" for t in check["targets"] if t["status"] != "context")
        print(f"| {region} | {year} | {check['summary']['objective']:,.0f} | {100 * kpis['renewable_utilisation']:.2f}% | "
              f"{curtailed:.2f} | {kpis['unserved_mwh']:,.0f} | {kpis['peak_net_load_after_flex_mw']:,.0f} | {seconds:.1f} | {targets} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
