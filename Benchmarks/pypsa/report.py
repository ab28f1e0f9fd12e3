"""The comparison table and the README section compare.py writes."""
import datetime
import importlib.metadata
import os
import platform
import re
import subprocess
from pathlib import Path

START = "<!-- comparison:start (written by Benchmarks/pypsa/compare.py: do not edit by hand) -->"
END = "<!-- comparison:end -->"
LABELS = {"highs": "PyPSA+HiGHS", "highs-ipm": "PyPSA+HiGHS (interior point)", "glpk": "PyPSA+GLPK"}
TARGET_WALL, TARGET_MEMORY = 5.0, 4.0


def relative(a, b):
    return abs(a - b) / max(1.0, abs(b))


def agrees(comparison, solvers, tolerance):
    """Every run finished and every PyPSA objective is within `tolerance` of GridFlex's."""
    ours = comparison.runs["gridflex"]
    if ours.failure:
        return False
    return all(not comparison.runs[s].failure and relative(comparison.runs[s].objective, ours.objective) <= tolerance
               for s in solvers)


def ratio(comparison, attribute):
    """PyPSA+HiGHS ÷ GridFlex for `seconds` or `peak_mb`, when both ran."""
    ours, theirs = comparison.runs["gridflex"], comparison.runs.get("highs")
    if theirs is None or ours.failure or theirs.failure:
        return None
    return getattr(theirs, attribute) / getattr(ours, attribute)


def formulation(comparison, solvers, tolerance):
    solved = [s for s in solvers if not comparison.runs[s].failure] if not comparison.runs["gridflex"].failure else []
    ours = comparison.runs["gridflex"]
    differing = [s for s in solved if relative(comparison.runs[s].objective, ours.objective) > tolerance]
    if differing:
        return "DIFFERS (" + ", ".join(LABELS[s] for s in differing) + "): check " + "; ".join(comparison.extra_features)
    if not solved:
        return "not compared"
    return f"same LP ({len(comparison.extra_features)} features as extra rows)"


def cell(run, text):
    return run.failure if run.failure else text


def table(comparisons, solvers, tolerance):
    """A Markdown table: objectives, their relative differences, each tool's wall time and peak memory, ratios."""
    header = ["case", "hours", "GridFlex objective (EUR)", "PyPSA objective (EUR)"]
    header += [f"rel. diff {LABELS[s]}" for s in solvers]
    header += ["GridFlex s", "GridFlex MB"]
    for s in solvers:
        header += [f"{LABELS[s]} s", f"{LABELS[s]} MB"]
    header += ["wall ÷", "memory ÷", "formulation"]
    rows = []
    for c in comparisons:
        ours = c.runs["gridflex"]
        reference = next((c.runs[s] for s in solvers if not c.runs[s].failure), None)
        row = [Path(c.case).stem, f"{c.hours:,}", cell(ours, f"{ours.objective:,.0f}" if ours.objective is not None else ""),
               f"{reference.objective:,.0f}" if reference else "—"]
        for s in solvers:
            theirs = c.runs[s]
            row.append("—" if ours.failure else cell(theirs, f"{relative(theirs.objective, ours.objective):.1e}"
                                                     if theirs.objective is not None else ""))
        row += [f"{ours.seconds:.2f}", f"{ours.peak_mb:.0f}"]
        for s in solvers:
            row += [f"{c.runs[s].seconds:.2f}", f"{c.runs[s].peak_mb:.0f}"]
        wall, memory = ratio(c, "seconds"), ratio(c, "peak_mb")
        row += [f"{wall:.1f}×" if wall else "—", f"{memory:.1f}×" if memory else "—", formulation(c, solvers, tolerance)]
        rows.append(row)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header) - 1)) + "|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def features(comparisons):
    """One line per case: the features the PyPSA side adds as extra rows."""
    seen, lines = set(), []
    for c in comparisons:
        if c.case in seen:
            continue
        seen.add(c.case)
        listed = ", ".join(c.extra_features) if c.extra_features else "none"
        lines.append(f"- `{c.case}`: extra rows (extra_functionality.py) for {listed}; everything else is PyPSA attributes.")
    return "\n".join(lines)


def targets(comparisons):
    """The full-year ratios against the targets (≥5× wall time, ≥4× peak memory against PyPSA + HiGHS)."""
    lines = []
    for c in comparisons:
        wall, memory = ratio(c, "seconds"), ratio(c, "peak_mb")
        if c.hours != 8760 or wall is None:
            continue
        lines.append(f"- `{Path(c.case).stem}`, full year: wall {wall:.1f}× (target ≥{TARGET_WALL:.0f}×: "
                     f"{'met' if wall >= TARGET_WALL else 'not met'}), peak memory {memory:.1f}× "
                     f"(target ≥{TARGET_MEMORY:.0f}×: {'met' if memory >= TARGET_MEMORY else 'not met'})")
    return "\n".join(lines) if lines else "- no full-year case with both GridFlex and PyPSA + HiGHS solved"


def steps(comparisons, solvers):
    """Where each tool's time goes: GridFlex read/build/solve, PyPSA import/read/build/extra rows/solve."""
    lines = ["| case | hours | GridFlex read | build | solve | iterations | "
             + " | ".join(f"{LABELS[s]} import | read | build | extra rows | solve" for s in solvers) + " |",
             "|---|" + "---:|" * (4 + 5 * len(solvers) + 1)]
    for c in comparisons:
        ours = c.runs["gridflex"].detail
        row = [Path(c.case).stem, f"{c.hours:,}"]
        row += [f"{ours[k]:.2f}" if k in ours else "—" for k in ("read_seconds", "build_seconds", "solve_seconds")]
        row.append(str(ours.get("iterations", "—")))
        for s in solvers:
            detail = c.runs[s].detail
            row += [f"{detail[k]:.2f}" if k in detail else "—" for k in ("import", "read", "build", "extra", "solve")]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def bench_table(bench):
    """gridflex-bench's measurements: the default path's steps, the interior point and the crossover apart."""
    lines = ["| case | hours | read s | build s | load s | interior point s | crossover s | summary s | write s | process s "
             "| iterations | LP columns × rows | peak MB after read | peak MB after solve | process peak MB |", "|---|" + "---:|" * 14]
    for b in bench:
        crossover = b.get("crossoverSeconds", 0.0)
        case = Path(b["casePath"])
        lines.append(
            f"| {case.parent.name}/{case.stem} | {b['hours']:,} | {b['readSeconds']:.3f} | {b['buildSeconds']:.3f} | "
            f"{b['loadSeconds']:.3f} | {b['solveSeconds'] - crossover:.3f} | {crossover:.3f} | {b['summarizeSeconds']:.3f} | "
            f"{b['writeSeconds']:.3f} | {b['processSeconds']:.3f} | "
            f"{b['iterations']} | {b['columns']:,} × {b['rows']:,} | {b['peakAfterReadMB']:.0f} | {b['peakAfterSolveMB']:.0f} | "
            f"{b['processPeakMB']:.0f} |")
    return "\n".join(lines)


def command_output(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine():
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} cores (nproc {command_output(['nproc'])}), {memory / 1024 ** 2:.1f} GiB memory, CPU {cpu}, " \
           f"{platform.system()} {platform.release()}"


def versions():
    packages = ", ".join(f"{name} {importlib.metadata.version(name)}" for name in ("pypsa", "linopy", "highspy"))
    commit = command_output(["git", "rev-parse", "--short", "HEAD"])
    if command_output(["git", "status", "--porcelain", "--untracked-files=no"]):
        commit += " with uncommitted changes"
    glpsol = command_output(["glpsol", "--version"])
    glpk = glpsol.splitlines()[0] if glpsol != "unknown" else "glpsol not installed"
    return f"GridFlex {commit}; {command_output(['swift', '--version']).splitlines()[0]}; {glpk}; " \
           f"Python {platform.python_version()}; {packages}"


def update_readme(path, table_text, comparisons, bench, args):
    """Rewrites the section between the markers (appending it when missing)."""
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    section = [START, "", f"Measured {now} on {machine()}. Load average (1, 5, 15 min) when the comparison started: "
               f"{args.load_before}; other work on a shared machine slows every tool alike.", "", f"Software: {versions()}.", "",
               f"Windows: hours 1–N for N in {args.hours}; solvers: {', '.join(LABELS[s] for s in args.solvers)}; "
               f"objectives agree when the relative difference is at most {args.tolerance:g}. Wall time and peak memory "
               "are each tool's whole process (reading the case, building, solving); ratios are PyPSA+HiGHS ÷ GridFlex.",
               "", table_text, "", features(comparisons), "", "Against the targets:", "", targets(comparisons), "",
               "Time by step (seconds; GridFlex's from `gridflex solve --json`, PyPSA's timed inside its process):", "",
               steps(comparisons, args.solvers), ""]
    if bench:
        section += ["Where GridFlex's time and memory go (`swift run -c release gridflex-bench`, one process per row):",
                    "", bench_table(bench), ""]
    section.append(END)
    text = path.read_text() if path.exists() else ""
    block = "\n".join(section)
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text)
