#!/usr/bin/env python3
"""Cross-check: the MPS file written by `gridflex export`, solved by HiGHS (highspy), must have the same
optimal objective as `gridflex solve` within a relative tolerance (default 1e-6).

Usage: crosscheck_highs.py GRIDFLEX_BINARY CASE.yaml [--hours A-B] [--data-dir D] [--tolerance 1e-6]
Exit status 0 when the objectives agree, 1 when they do not, 2 on any other failure.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gridflex", help="path to the gridflex executable")
    parser.add_argument("case", help="case file")
    parser.add_argument("--hours", help="window A-B")
    parser.add_argument("--data-dir", help="data directory")
    parser.add_argument("--method", default="auto", help="gridflex solve --method")
    parser.add_argument("--tolerance", type=float, default=1e-6)
    args = parser.parse_args()
    try:
        import highspy
    except ImportError:
        print("highspy is not installed: pip install highspy", file=sys.stderr)
        return 2

    extra = []
    if args.hours:
        extra += ["--hours", args.hours]
    if args.data_dir:
        extra += ["--data-dir", args.data_dir]
    with tempfile.TemporaryDirectory() as workdir:
        mps = os.path.join(workdir, "case.mps")
        subprocess.run([args.gridflex, "export", args.case, "--mps", mps] + extra, check=True, stdout=subprocess.DEVNULL)
        started = time.perf_counter()
        solved = subprocess.run([args.gridflex, "solve", args.case, "--json", "--method", args.method] + extra,
                                check=True, capture_output=True, text=True)
        gridflex_seconds = time.perf_counter() - started
        summary = json.loads(solved.stdout)

        highs = highspy.Highs()
        highs.setOptionValue("output_flag", False)
        started = time.perf_counter()
        if highs.readModel(mps) != highspy.HighsStatus.kOk:
            print(f"HiGHS could not read {mps}", file=sys.stderr)
            return 2
        highs.run()
        highs_seconds = time.perf_counter() - started
        status = highs.modelStatusToString(highs.getModelStatus())
        highs_objective = highs.getInfo().objective_function_value

    ours = summary["objective"]
    relative = abs(ours - highs_objective) / max(1.0, abs(highs_objective))
    print(f"case {args.case} hours {summary['window']}: gridflex {ours:.10g} ({summary['solver']['method']}, "
          f"{gridflex_seconds:.2f} s process) | HiGHS {highs_objective:.10g} ({status}, {highs_seconds:.2f} s read+solve) "
          f"| relative difference {relative:.2e} (tolerance {args.tolerance:g})")
    if status != "Optimal" or summary["status"] != "optimal":
        print("not both optimal", file=sys.stderr)
        return 1
    return 0 if relative <= args.tolerance else 1


if __name__ == "__main__":
    sys.exit(main())
