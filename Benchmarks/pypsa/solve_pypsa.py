#!/usr/bin/env python3
"""Solves a network written by `gridflex export CASE --pypsa DIR` the way a PyPSA user would, and writes what
happened as one JSON object to RESULT: status, objective and seconds per step (import, read, build, extra rows,
solve). compare.py runs it in a process of its own, so the process's wall time and peak memory are PyPSA's alone.
A regional case's network (one bus per region, its corridors in links.csv) is read and solved the same way.

Usage: solve_pypsa.py DIR --solver highs|highs-ipm|glpk --result RESULT.json
"""
import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import runpy  # noqa: E402
from pathlib import Path  # noqa: E402

import pypsa  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("network", help="folder written by gridflex export --pypsa")
    parser.add_argument("--solver", default="highs", help="solver name as PyPSA takes it (highs, glpk), or highs-ipm: HiGHS's "
                        "interior point without crossover (for LPs its default dual simplex takes hours on)")
    parser.add_argument("--result", required=True, help="file for the JSON result")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    pypsa.options.api.legacy_string_dtype = True
    marks = {"import": time.perf_counter()}

    network = pypsa.Network()
    network.import_from_csv_folder(args.network)
    extra = runpy.run_path(str(Path(args.network) / "extra_functionality.py"))["extra_functionality"]
    marks["read"] = time.perf_counter()

    def timed_extra(n, snapshots):
        marks["build"] = time.perf_counter()
        extra(n, snapshots)
        marks["extra"] = time.perf_counter()

    solver, options = ("highs", {"solver": "ipm", "run_crossover": "off"}) if args.solver == "highs-ipm" else (args.solver, {})
    status, condition = network.optimize(solver_name=solver, solver_options=options, extra_functionality=timed_extra,
                                         include_objective_constant=False)
    marks["solve"] = time.perf_counter()
    steps, previous = {}, STARTED
    for step in ["import", "read", "build", "extra", "solve"]:
        steps[step] = marks[step] - previous
        previous = marks[step]
    result = {"status": status, "condition": condition, "objective": float(network.objective), "seconds": steps}
    Path(args.result).write_text(json.dumps(result))


if __name__ == "__main__":
    main()
