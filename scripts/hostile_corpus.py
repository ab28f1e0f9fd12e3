#!/usr/bin/env python3
"""Runs the hostile-input corpus (Tests/Hostile/manifest.jsonl) against a gridflex binary.

Each manifest line is one JSON object: `name`, `args` (the command line after the binary; `{data}`, `{cases}`,
`{tmp}` and `{bin}` are replaced), `exit` (the expected exit status, or a list of them), `message` (a regular expression the
message must match: stderr for a failure, stdout for exit 0) and optionally `post` (checks after the run:
`unchanged` a file that must keep its bytes, `absent` a file that must not exist, `lacks` [file, text]).
Every input the fuzzer (scripts/fuzz_loader.py) ever found, kept in Tests/Hostile/fuzz-crashes/, runs too: `validate`
must exit 0, or 1 with a message. The runner first generates what is not committed: a small data directory with good and damaged CSV files,
damaged SQLite databases, an oversized case and a deeply nested one (see Tests/Hostile/README.md).

Every input runs with a timeout; the run fails on a crash (exit 132, 134, 139 or a signal), a hang, another
exit status, or a message that does not match. Prints one line per input and closes with `N passed, M failed`.

Usage: python3 scripts/hostile_corpus.py [BINARY] [--timeout S] [--only REGEX]
"""
import argparse
import hashlib
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Tests" / "Hostile"
CRASH_STATUSES = {132, 134, 139}
HOURS = 8760


def write_series(path, header, row, line_end="\n", prefix=b""):
    """A full-year CSV: `row(hour)` gives the values after `hour,time`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [header] + [f"{hour},t,{row(hour)}" for hour in range(1, HOURS + 1)]
    path.write_bytes(prefix + (line_end.join(lines) + line_end).encode())


def load_row(hour):
    return f"{20000 + 5000 * math.sin(hour / 24 * 2 * math.pi):.3f},{10000}"


def make_data(data):
    """The good data directory the corpus's cases read, and damaged copies of the load file under bad/."""
    write_series(data / "load/hourly_load_2018_MW.csv", "hour,time,GX,NX", load_row)
    write_series(data / "renewables/capacity_factor_onwind_2020.csv", "hour,time,GX,NX", lambda h: f"{0.3 if h % 24 < 6 else 0.1},0.2")
    write_series(data / "renewables/capacity_factor_solar_2020.csv", "hour,time,GX,NX",
                 lambda h: f"{0.5 if 10 <= h % 24 <= 15 else 0},0.2")
    write_series(data / "hydro/hydro_availability_2020.csv", "hour,time,availability", lambda h: "0.4")
    make_bundle_tables(data)
    bad = data / "bad"
    header = "hour,time,GX,NX"
    write_series(bad / "bom.csv", header, load_row, prefix=b"\xef\xbb\xbf")
    write_series(bad / "crlf.csv", header, load_row, line_end="\r\n")
    write_series(bad / "cr.csv", header, load_row, line_end="\r")
    write_series(bad / "duplicate-header.csv", "hour,time,GX,GX", load_row)

    def with_cell(name, value, hour=10):
        write_series(bad / name, header, lambda h: f"{value},1" if h == hour else load_row(h))

    for name, value in [("huge.csv", "1e308"), ("above-limit.csv", "2e7"), ("nan.csv", "nan"), ("inf.csv", "inf"),
                        ("text.csv", "abc"), ("empty-cell.csv", ""), ("negative.csv", "-5"), ("overflow.csv", "1e999"),
                        ("thousands.csv", "\"1,000\"")]:
        with_cell(name, value)
    write_series(bad / "ragged.csv", header, lambda h: "100" if h == 7 else load_row(h))
    (bad / "short.csv").write_text(header + "\n" + "".join(f"{h},t,1,1\n" for h in range(1, HOURS)))
    (bad / "long.csv").write_text(header + "\n" + "".join(f"{h},t,1,1\n" for h in range(1, HOURS + 2)))
    (bad / "empty.csv").write_text("")
    (bad / "header-only.csv").write_text(header + "\n")
    (bad / "only-newlines.csv").write_text("\n" * 100)
    (bad / "latin1.csv").write_bytes((header + "\n1,caf\xe9,1,1\n").encode("latin-1"))
    (bad / "binary.csv").write_bytes(bytes(range(256)) * 40)
    write_series(bad / "cf-above-one.csv", "hour,time,GX,NX", lambda h: "1.5,0.2" if h == 3 else "0.3,0.2")
    write_series(bad / "cf-negative.csv", "hour,time,GX,NX", lambda h: "-0.1,0.2" if h == 3 else "0.3,0.2")
    write_series(bad / "zero.csv", header, lambda h: "0,0")
    write_series(bad / "many-columns.csv", ",".join(["hour", "time", "GX"] + [f"c{i}" for i in range(5000)]),
                 lambda h: "1" + ",0" * 5000)


def make_bundle_tables(data):
    """The per-province tables `case build` reads, for GX and NX: 2020 capacities, consumption by year, one corridor, costs."""
    (data / "capacity").mkdir(parents=True, exist_ok=True)
    (data / "capacity/installed_capacity_2020_MW.csv").write_text(
        "province,coal,gas_ocgt,chp,nuclear,onwind,offwind,solar,hydro,pumped_hydro\nGX,20000,0,0,0,5000,0,2000,10000,0\nNX,30000,0,0,0,10000,0,8000,0,0\n")
    (data / "load/annual_load_projection_TWh.csv").write_text("province,2020,2025,2030\nGX,200,250,300\nNX,100,120,150\n")
    (data / "grid").mkdir(exist_ok=True)
    (data / "grid/interprovincial_links_MW.csv").write_text("from,to,capacity_MW\nGX,NX,4000\n")
    (data / "costs").mkdir(exist_ok=True)
    rows = ["coal,{y},fuel,8.15,EUR/MWh_th,s", "coal,{y},efficiency,0.45,per unit,s", "coal,{y},VOM,3.5,EUR/MWh_e,s",
            "coal,{y},CO2 intensity,0.34,tCO2/MWh_th,s", "onwind,{y},VOM,0.005,EUR/MWh,s", "solar,{y},VOM,0.01,EUR/MWh,s"]
    for year in (2025, 2030):
        (data / f"costs/technology_costs_{year}.csv").write_text(
            "technology,year,parameter,value,unit,source\n" + "\n".join(row.format(y=year) for row in rows) + "\n")


def make_bundles(tmp):
    """Copies of a bundle for `data check`: one with a changed and a missing file, one with a damaged SHA256SUMS."""
    tampered = tmp / "bundle-tampered"
    tampered.mkdir()
    (tampered / "a.csv").write_text("hour,GX\n")
    (tampered / "b.csv").write_text("hour,GX\n1,2\n")
    listed = hashlib.sha256(b"hour,GX\n").hexdigest()
    (tampered / "SHA256SUMS").write_text(f"{listed}  a.csv\n{listed}  b.csv\n{listed}  c.csv\n")
    damaged = tmp / "bundle-damaged-sums"
    damaged.mkdir()
    (damaged / "SHA256SUMS").write_text("not a checksum\n")


def make_cases(tmp, cases):
    """Inputs too large or too odd to commit: a case above the size limit, deep nesting, a bomb of wide aliases."""
    base = (cases / "base.yaml").read_text()
    (tmp / "oversized.yaml").write_text(base + "#" + "x" * (1 << 20) + "\n")
    (tmp / "deep-list.yaml").write_text(base + "description: " + "[" * 100_000 + "]" * 100_000 + "\n")
    (tmp / "deep-map.yaml").write_text(base + "description: " + "{a: " * 20_000 + "1" + "}" * 20_000 + "\n")
    laughs = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    laughs += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 30)]
    (tmp / "wide-bomb.yaml").write_text("\n".join(laughs) + "\n" + base)
    (tmp / "binary.yaml").write_bytes(bytes(range(256)) * 4)
    (tmp / "latin1.yaml").write_bytes(base.replace("hostile-base", "caf\xe9").encode("latin-1"))
    (tmp / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + base.encode())
    (tmp / "crlf.yaml").write_bytes(base.replace("\n", "\r\n").encode())
    (tmp / "directory.yaml").mkdir()
    (tmp / "points-good.csv").write_text("battery.power_mw\n0\n500\n")


def make_databases(binary, tmp, cases, data):
    """A real sweep database, then damaged copies: wrong types in cells, a foreign SQLite file, garbage."""
    good = tmp / "good.sqlite"
    subprocess.run([binary, "sweep", str(cases / "base.yaml"), "--vary", "battery.power_mw=0,500", "--jobs", "1", "--db", str(good),
                    "--data-dir", str(data)], cwd=tmp, capture_output=True, timeout=120, check=True)
    damages = {
        "position-text": "UPDATE results SET position = 'abc' WHERE rowid = 1",
        "objective-text": "UPDATE results SET objective = 'xyz' WHERE rowid = 1",
        "iterations-real": "UPDATE results SET iterations = 1.5 WHERE rowid = 1",
        "seconds-blob": "UPDATE results SET solve_seconds = x'00ff' WHERE rowid = 1",
        "status-number": "UPDATE results SET status = 42 WHERE rowid = 1",
        "key-number": "UPDATE results SET point_key = 7 WHERE rowid = 1",
        "case-file-number": "UPDATE sweeps SET case_file = 42",
        "planned-key-number": "UPDATE planned_points SET point_key = 9 WHERE rowid = 1",
        "parameters-garbage": "UPDATE sweeps SET parameters = 'not json'",
        "measure-text": "UPDATE results SET " + "peak_net_load_after_flex_mw" + " = 'high' WHERE rowid = 1",
        "no-results": "DROP TABLE results",
        "no-sweeps": "DELETE FROM sweeps",
    }
    for name, sql in damages.items():
        path = tmp / f"db-{name}.sqlite"
        shutil.copy(good, path)
        connection = sqlite3.connect(path)
        try:
            connection.execute(sql)
        except sqlite3.OperationalError:
            pass  # a measure column of another name: the copy stays as it is
        connection.commit()
        connection.close()
    foreign = sqlite3.connect(tmp / "db-foreign.sqlite")
    foreign.execute("CREATE TABLE notes (text TEXT)")
    foreign.execute("INSERT INTO notes VALUES ('a colleague''s database')")
    foreign.commit()
    foreign.close()
    (tmp / "db-empty.sqlite").write_bytes(b"")
    (tmp / "db-garbage.sqlite").write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    (tmp / "db-text.sqlite").write_text("not a database\n")
    (tmp / "db-truncated.sqlite").write_bytes(good.read_bytes()[:2048])


def fuzz_findings():
    """The fuzzer's findings as entries: each case against the data directory, or its saved CSV as the load file."""
    entries = []
    for case in sorted((CORPUS / "fuzz-crashes").glob("*.yaml")):
        csv = case.with_suffix(".csv")
        data = "{data}" if not csv.exists() else "{tmp}/findings/" + case.stem
        entries.append({"name": "fuzz-" + case.stem, "args": ["validate", str(case), "--data-dir", data], "exit": [0, 1],
                        "message": r"valid|error: ", "finding_csv": str(csv) if csv.exists() else None})
    return entries


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if Path(path).exists() else None


def substitute(text, values):
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def run_entry(binary, entry, values, timeout, work):
    args = [substitute(arg, values) for arg in entry["args"]]
    post = {key: substitute(json.dumps(value), values) for key, value in entry.get("post", {}).items()}
    post = {key: json.loads(value) for key, value in post.items()}
    before = digest(post["unchanged"]) if "unchanged" in post else None
    environment = {key: value for key, value in os.environ.items() if key != "GRIDFLEX_DATA"}
    environment.update(entry.get("env", {}))
    try:
        result = subprocess.run([binary] + args, cwd=work, capture_output=True, timeout=timeout, env=environment,
                                stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return f"hang: no exit within {timeout} s"
    status = result.returncode
    stderr = result.stderr.decode(errors="replace")
    stdout = result.stdout.decode(errors="replace")
    if status < 0 or status in CRASH_STATUSES or "Fatal error" in stderr:
        return f"crash: exit {status}: {stderr.strip()[-300:]}"
    if status not in (entry["exit"] if isinstance(entry["exit"], list) else [entry["exit"]]):
        return f"exit {status}, expected {entry['exit']}: {(stderr or stdout).strip()[-300:]}"
    text = stdout if status == 0 else stderr
    if not re.search(entry["message"], text, re.S):
        return f"message does not match /{entry['message']}/: {text.strip()[-300:]}"
    if "unchanged" in post and digest(post["unchanged"]) != before:
        return f"{post['unchanged']} was changed"
    if "absent" in post and Path(post["absent"]).exists():
        return f"{post['absent']} was written"
    if "lacks" in post:
        path, needle = post["lacks"]
        if Path(path).exists() and needle in Path(path).read_text(errors="replace"):
            return f"{path} contains {needle!r}"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", nargs="?", default=str(ROOT / ".build/release/gridflex"))
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--only", default="", help="run only inputs whose name matches this regular expression")
    options = parser.parse_args()
    binary = str(Path(options.binary).resolve())
    started = time.monotonic()
    entries = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text().splitlines() if line.strip()]
    entries += fuzz_findings()
    names = [entry["name"] for entry in entries]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        sys.exit(f"manifest: names given twice: {', '.join(duplicates)}")
    with tempfile.TemporaryDirectory(prefix="gridflex-hostile-") as scratch:
        tmp = Path(scratch)
        data = tmp / "data"
        work = tmp / "work"  # no ./Data and no ../shared/data here: the data directory is always chosen explicitly
        work.mkdir()
        make_data(data)
        make_cases(tmp, CORPUS / "cases")
        make_bundles(tmp)
        make_databases(binary, tmp, CORPUS / "cases", data)
        values = {"data": str(data), "cases": str(CORPUS / "cases"), "tmp": str(tmp), "bin": binary}
        for entry in entries:
            if entry.get("finding_csv"):
                # A finding in a CSV: a copy of the data directory with the saved file in place of the one it mutated.
                copy = tmp / "findings" / Path(entry["finding_csv"]).stem
                shutil.copytree(data, copy)
                note = Path(entry["finding_csv"]).with_suffix(".txt").read_text()
                relative = re.search(r"mutated CSV: (\S+)", note).group(1)
                shutil.copy(entry["finding_csv"], copy / relative)
        passed = failed = 0
        for entry in entries:
            if options.only and not re.search(options.only, entry["name"]):
                continue
            problem = run_entry(binary, entry, values, options.timeout, work)
            if problem:
                failed += 1
                print(f"FAIL {entry['name']}: {problem}")
            else:
                passed += 1
                print(f"ok   {entry['name']}")
    print(f"hostile corpus: {time.monotonic() - started:.1f} s")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
