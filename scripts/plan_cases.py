#!/usr/bin/env python3
"""Solves every region/year plan case over the full year with `gridflex plan check --json` and prints one
table: per case, how many plan targets were applied, tested (and met) or context, curtailment, unserved
energy, coal full-load hours, and each plan capacity against the case's end-2024 fleet. With --readme FILE,
writes the table into FILE between the lines `<!-- plan-cases:begin -->` and `<!-- plan-cases:end -->`.
Solve times go to stderr. Exit status 1 if any case fails to solve (the README is then left as it was).

Usage: plan_cases.py GRIDFLEX_BINARY [--hours A-B] [--models Models] [--readme README.md]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import time

BEGIN, END = "<!-- plan-cases:begin -->", "<!-- plan-cases:end -->"


def capacities(check):
    """Each capacity target: the plan figure against the fleet the case had before the plan (MW)."""
    parts = []
    for target in check["targets"]:
        before = target.get("fleet_before_mw")
        if before is None:
            continue
        achieved = target.get("achieved")
        if achieved is not None and abs(achieved - before) > 0.5:
            parts.append(f"{target['id']} ({target['qualifier']} {target['required']:,.0f}): "
                         f"{before:,.0f} → {achieved:,.0f} MW")
        else:
            parts.append(f"{target['id']} ({target['qualifier']} {target['required']:,.0f}): fleet {before:,.0f} MW kept")
    return "; ".join(parts) or "—"


def row(region, year, check):
    kpis = check["summary"]["kpis"]
    available = kpis["renewable_available_mwh"]
    curtailed = 100 * kpis["curtailment_mwh"] / available if available else 0
    counts = {"applied": 0, "tested": 0, "context": 0}
    for target in check["targets"]:
        counts[target["evaluation"]] += 1
    met = sum(1 for t in check["targets"] if t["evaluation"] == "tested" and t["status"] == "met")
    coal_mw = sum(r["capacity_mw"] for r in check["summary"]["capacities"] if r["name"] == "coal")
    coal_mwh = sum(r["energy_mwh"] for r in check["summary"]["resources"] if r["name"] == "coal")
    hours = f"{coal_mwh / coal_mw:,.0f}" if coal_mw else "—"
    return (f"| {region} | {year} | {counts['applied']} | {counts['tested']} ({met} met) | {counts['context']} | "
            f"{curtailed:.2f} | {kpis['unserved_mwh']:,.0f} | {hours} | {capacities(check)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gridflex")
    parser.add_argument("--hours")
    parser.add_argument("--models", default="Models")
    parser.add_argument("--readme")
    args = parser.parse_args()
    cases = sorted(glob.glob(os.path.join(args.models, "*", "[0-9]*.yaml")))
    if not cases:
        print(f"no cases under {args.models}/<region>/<year>.yaml", file=sys.stderr)
        return 1
    failed = 0
    lines = ["| region | year | applied | tested (met) | context | curtailment % | unserved MWh | coal full-load h "
             "| plan capacity against the end-2024 fleet (MW) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for path in cases:
        command = [args.gridflex, "plan", "check", path, "--json"] + (["--hours", args.hours] if args.hours else [])
        started = time.perf_counter()
        run = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        region, year = path.split(os.sep)[-2], os.path.splitext(os.path.basename(path))[0]
        if run.returncode != 0:
            failed += 1
            lines.append(f"| {region} | {year} | FAILED: {run.stderr.strip()[:200]} |||||||")
            continue
        lines.append(row(region, year, json.loads(run.stdout)))
        print(f"{path}: solved in {seconds:.1f} s", file=sys.stderr)
    table = "\n".join(lines)
    print(table)
    if args.readme and not failed:
        text = open(args.readme, encoding="utf-8").read()
        pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
        if not pattern.search(text):
            print(f"{args.readme}: no {BEGIN} … {END} markers", file=sys.stderr)
            return 1
        open(args.readme, "w", encoding="utf-8").write(pattern.sub(lambda _: f"{BEGIN}\n{table}\n{END}", text))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
