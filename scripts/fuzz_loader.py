#!/usr/bin/env python3
"""Mutational fuzzer for the case loader and the CSV reader: runs `gridflex validate` on mutated cases and CSVs.

Seeds are the corpus's case files (Tests/Hostile/cases/*.yaml) and the good data directory the corpus runner
generates. Each execution mutates either the case text (byte flips, deleted or repeated lines and spans, numbers
replaced by extreme values, aliases, deep nesting) or one CSV file (cells, line ends, byte-order mark, header,
truncation), and runs `validate` with a timeout. A crash (exit 132, 134, 139 or a signal), a hang, an exit status
other than 0 or 1, or a failure without an `error:` message is saved under Tests/Hostile/fuzz-crashes/ with the
command that reproduces it; every saved input is a regression input the corpus keeps (see Tests/Hostile/README.md).

Usage: python3 scripts/fuzz_loader.py [BINARY] --seconds S [--seed N] [--timeout S]
Prints `N executions, M crashes (K hangs) in S s` and exits non-zero when it found anything.
"""
import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile_corpus  # noqa: E402  (the data directory generator)

ROOT = Path(__file__).resolve().parent.parent
FINDINGS = ROOT / "Tests" / "Hostile" / "fuzz-crashes"
SPECIAL_NUMBERS = ["0", "-0", "1e308", "-1e308", "1e-320", "1e999", ".nan", ".inf", "-.inf", "nan", "inf", "1e15", "1e16",
                   "9223372036854775807", "-9223372036854775808", "18446744073709551616", "0x1p-1074", "4.9e-324",
                   "1_000", "0.1e-1", "+5", "''", "[]", "{}", "~", "null", "true", "*a", "&a x", "!!binary aGk="]
SPECIAL_TEXT = ["\u0000", "\ufeff", "\r", "\r\n", "\t", "#", "../", "/etc/passwd#x", "a" * 300, "煤电", "\\", "\"", "'", ":", "- ",
                "{", "[", "&anchor", "*anchor", "<<: *a", "? ", "|", ">", "%YAML 1.2\n---\n"]


def mutate_text(text, rng):
    """One to four mutations of a YAML text."""
    data = bytearray(text.encode())
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(9)
        if not data:
            data = bytearray(b"x")
        position = rng.randrange(len(data))
        if choice == 0:
            data[position] = rng.randrange(256)
        elif choice == 1:
            end = min(len(data), position + rng.randint(1, 40))
            del data[position:end]
        elif choice == 2:
            end = min(len(data), position + rng.randint(1, 80))
            data[position:position] = data[position:end] * rng.randint(1, 20)
        elif choice == 3:
            digits = [i for i, b in enumerate(data) if chr(b).isdigit()]
            if digits:
                start = rng.choice(digits)
                end = start
                while end < len(data) and (chr(data[end]).isdigit() or data[end] in b".e-"):
                    end += 1
                data[start:end] = rng.choice(SPECIAL_NUMBERS).encode()
        elif choice == 4:
            data[position:position] = rng.choice(SPECIAL_TEXT).encode()
        elif choice == 5:
            lines = bytes(data).split(b"\n")
            index = rng.randrange(len(lines))
            lines.insert(rng.randrange(len(lines) + 1), lines[index])
            data = bytearray(b"\n".join(lines))
        elif choice == 6:
            lines = bytes(data).split(b"\n")
            del lines[rng.randrange(len(lines))]
            data = bytearray(b"\n".join(lines))
        elif choice == 7:
            depth = rng.choice([10, 1000, 50_000])
            data += b"\ndescription: " + b"[" * depth + b"]" * depth + b"\n"
        else:
            levels = rng.randint(2, 12)
            bomb = b"b0: &b0 [x, x, x, x, x, x, x, x, x, x]\n" + b"".join(
                f"b{i}: &b{i} [{', '.join([f'*b{i - 1}'] * 10)}]\n".encode() for i in range(1, levels))
            data = bytearray(bomb) + data
    return bytes(data)


def mutate_csv(path, rng):
    """One mutation of a full-year CSV file, in place."""
    data = path.read_bytes()
    lines = data.split(b"\n")
    choice = rng.randrange(8)
    if choice == 0:
        row = rng.randrange(1, len(lines) - 1)
        cells = lines[row].split(b",")
        cells[rng.randrange(len(cells))] = rng.choice(SPECIAL_NUMBERS + ["", "abc", "1,000", "\"5\""]).encode()
        lines[row] = b",".join(cells)
        data = b"\n".join(lines)
    elif choice == 1:
        data = data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n", b"\n\r"]))
    elif choice == 2:
        data = b"\xef\xbb\xbf" + data
    elif choice == 3:
        cells = lines[0].split(b",")
        cells[rng.randrange(len(cells))] = rng.choice([b"GX", b"", b"hour", b" GX ", b"\xff", b"GX\x00"])
        lines[0] = b",".join(cells)
        data = b"\n".join(lines)
    elif choice == 4:
        data = data[: rng.randrange(len(data))]
    elif choice == 5:
        position = rng.randrange(len(data))
        data = data[:position] + bytes([rng.randrange(256)]) + data[position + 1:]
    elif choice == 6:
        row = rng.randrange(1, len(lines) - 1)
        lines[row] = lines[row] + b"," * rng.choice([1, 5, 1000])
        data = b"\n".join(lines)
    else:
        row = rng.randrange(1, len(lines) - 1)
        del lines[row]
        data = b"\n".join(lines)
    path.write_bytes(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", nargs="?", default=str(ROOT / ".build/release/gridflex"))
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--timeout", type=float, default=10)
    options = parser.parse_args()
    binary = str(Path(options.binary).resolve())
    seed = options.seed if options.seed is not None else int(time.time())
    rng = random.Random(seed)
    seeds = [path for path in sorted((ROOT / "Tests/Hostile/cases").glob("*.yaml")) if path.stat().st_size < 20_000]
    executions = crashes = hangs = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gridflex-fuzz-") as scratch:
        tmp = Path(scratch)
        # A copy, so that a rebuild while the fuzzer runs does not take the binary away.
        shutil.copy(binary, tmp / "gridflex")
        binary = str(tmp / "gridflex")
        good = tmp / "good"
        hostile_corpus.make_data(good)
        shutil.rmtree(good / "bad")
        for plan in (ROOT / "Tests/Hostile/cases").glob("plan*.yaml"):
            shutil.copy(plan, tmp / plan.name)
        csvs = sorted(path.relative_to(good) for path in good.rglob("*.csv"))
        while time.monotonic() - started < options.seconds:
            source = rng.choice(seeds)
            data = good
            case = tmp / "case.yaml"
            mutated_csv = None
            if rng.random() < 0.3:
                data = tmp / "data"
                if data.exists():
                    shutil.rmtree(data)
                shutil.copytree(good, data)
                mutated_csv = rng.choice(csvs)
                mutate_csv(data / mutated_csv, rng)
                case.write_bytes(source.read_bytes())
            else:
                case.write_bytes(mutate_text(source.read_text(), rng))
            executions += 1
            try:
                result = subprocess.run([binary, "validate", str(case), "--data-dir", str(data)], capture_output=True,
                                        timeout=options.timeout, stdin=subprocess.DEVNULL, cwd=tmp)
                status, stderr = result.returncode, result.stderr.decode(errors="replace")
                finding = None
                if status < 0 or status in hostile_corpus.CRASH_STATUSES:
                    finding = f"crash: exit {status}"
                elif status not in (0, 1):
                    finding = f"exit {status}"
                elif status == 1 and "error: " not in stderr:
                    finding = "failure without an error message"
            except subprocess.TimeoutExpired:
                finding, stderr = f"hang: no exit within {options.timeout} s", ""
                hangs += 1
            if finding:
                crashes += 1
                FINDINGS.mkdir(parents=True, exist_ok=True)
                name = f"finding-{seed}-{executions}"
                shutil.copy(case, FINDINGS / f"{name}.yaml")
                note = f"{finding}\nseed case: {source.name}\n"
                if mutated_csv:
                    shutil.copy(data / mutated_csv, FINDINGS / f"{name}.csv")
                    note += f"mutated CSV: {mutated_csv} (saved as {name}.csv)\n"
                lines = stderr.splitlines()
                (FINDINGS / f"{name}.txt").write_text(note + "\n".join(lines[:12] + ["…"] + lines[-12:]) + "\n")
                print(f"FINDING {name}: {finding}", flush=True)
    elapsed = time.monotonic() - started
    print(f"fuzz seed {seed}: {executions} executions, {crashes} crashes ({hangs} hangs) in {elapsed:.0f} s")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
