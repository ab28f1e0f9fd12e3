#!/usr/bin/env python3
"""Runs `gridflex plan extract --json` on the five seed plan documents and compares the drafts with the reviewed
Models/<region>/plan.yaml files.

A reviewed numeric power target (a kind other than `context`, with a value) is found when an extracted target has
the same kind, resource group, year and value. Its qualifier is compared separately, so that a qualifier the
reviewed file records differently (e.g. a bare 达到 recorded as `exactly`, where the extraction rules say
`at_least`) is listed instead of hiding the match. Precision is matched extracted power targets over all extracted
power targets. Reviewed `context` figures with a value are listed when the draft lacks them or qualifies them
differently (for information: the issue asks only for the power targets). Every quote (and every restatement) must be a verbatim substring of its document.

Exit status 1 when recall is below 95 % or a quote is not verbatim. Standard library only.

Usage: plan_extract_recall.py GRIDFLEX_BINARY [--models Models] [--seeds ../shared/seeds]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

REQUIRED_RECALL = 0.95


def scalar(text):
    """A plan-file scalar: a double-quoted string (JSON escapes), a [flow, list] or a bare word or number."""
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    if text.startswith("["):
        return [item.strip() for item in text[1:-1].split(",") if item.strip()]
    try:
        return float(text) if re.fullmatch(r"-?[0-9.]+", text) else text
    except ValueError:
        return text


def read_plan(path):
    """The plan file's header keys and its list of targets (the plan files' subset of YAML)."""
    header, targets = {}, []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            match = re.match(r"^(\s*)(- )?([a-z_]+):\s*(.*)$", line.rstrip("\n"))
            if not match:
                continue
            indent, item, key, value = match.groups()
            if item:
                targets.append({})
            if indent == "" and not item:
                header[key] = scalar(value) if value else None
            elif targets:
                targets[-1][key] = scalar(value)
    return header, targets


def key(kind, resources, year, value):
    return (kind, tuple(sorted(resources or [])), int(year), round(float(value), 9))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gridflex")
    parser.add_argument("--models", default="Models")
    parser.add_argument("--seeds", default=os.path.join("..", "shared", "seeds"))
    args = parser.parse_args()
    plans = sorted(glob.glob(os.path.join(args.models, "*", "plan.yaml")))
    if not plans:
        print(f"no plan files under {args.models}/<region>/plan.yaml", file=sys.stderr)
        return 1
    rows, misses, disagreements, extras, bad_quotes, context_lines = [], [], [], [], [], []
    totals = {"reviewed": 0, "found": 0, "qualifier": 0, "extracted": 0, "matched": 0}
    for path in plans:
        header, reviewed = read_plan(path)
        region = os.path.basename(os.path.dirname(path))
        document_path = os.path.join(args.seeds, header["source_file"])
        with open(document_path, encoding="utf-8") as handle:
            document = handle.read()
        run = subprocess.run([args.gridflex, "plan", "extract", document_path, "--json"], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{region}: plan extract failed: {run.stderr.strip()}", file=sys.stderr)
            return 1
        extracted = json.loads(run.stdout)["targets"]
        for target in extracted:
            quotes = [target["quote"]] + [re.sub(r"^「(.*)」( \(there .*\))?$", r"\1", again) for again in target.get("also_stated", [])]
            bad_quotes += [f"{region} {target['id']}: {quote}" for quote in quotes if quote not in document]
        power = [t for t in extracted if t["kind"] not in ("context", "unclassified") and t.get("value") is not None]
        by_key = {}
        for target in power:
            by_key.setdefault(key(target["kind"], target["resources"], target["year"], target["value"]), target)
        numeric = [t for t in reviewed if t.get("kind") != "context" and isinstance(t.get("value"), float)]
        found = agreeing = 0
        used = set()
        for target in numeric:
            match = by_key.get(key(target["kind"], target.get("resources"), target["year"], target["value"]))
            if match is None:
                misses.append(f"{region} {target['id']} ({target['kind']} {target.get('resources', [])} {int(target['year'])} {target['value']:g})")
                continue
            found += 1
            used.add(match["id"])
            if match["qualifier"] == target["qualifier"]:
                agreeing += 1
            else:
                disagreements.append((region, target["id"], target["qualifier"], match["qualifier"], match["quote"]))
        context = [t for t in extracted if t["kind"] == "context" and t.get("value") is not None]
        for target in reviewed:
            if target.get("kind") != "context" or not isinstance(target.get("value"), float):
                continue
            match = next((t for t in context if t["year"] == int(target["year"]) and round(t["value"], 9) == round(target["value"], 9)
                          and (t["quote"] in target["quote"] or target["quote"] in t["quote"])), None)
            if match is None:
                context_lines.append(f"  {region} {target['id']}: not extracted")
            elif match["qualifier"] != target["qualifier"]:
                context_lines.append(f"  {region} {target['id']}: qualifier {target['qualifier']} → {match['qualifier']} 「{match['quote']}」")
        matched = sum(1 for target in power if target["id"] in used)
        extras += [f"{region} {t['id']} ({t['kind']} {t['resources']} {t['year']} {t['value']:g} {t['unit']}): {t['quote']}"
                   for t in power if t["id"] not in used]
        rows.append((region, len(numeric), found, agreeing, len(power), matched,
                     sum(1 for t in extracted if t["kind"] == "context"), sum(1 for t in extracted if t["kind"] == "unclassified")))
        for name, value in zip(("reviewed", "found", "qualifier", "extracted", "matched"), rows[-1][1:6]):
            totals[name] += value

    def percent(part, whole):
        return f"{100 * part / whole:.1f} %" if whole else "–"

    print("| region | reviewed power targets | found (kind, group, year, value) | recall | same qualifier too | extracted power targets | precision | context | unclassified |")
    print("|---|---|---|---|---|---|---|---|---|")
    for region, reviewed, found, agreeing, extracted, matched, context, unclassified in rows:
        print(f"| {region} | {reviewed} | {found} | {percent(found, reviewed)} | {agreeing} | {extracted} | {percent(matched, extracted)} | {context} | {unclassified} |")
    print(f"| all | {totals['reviewed']} | {totals['found']} | {percent(totals['found'], totals['reviewed'])} | {totals['qualifier']} | "
          f"{totals['extracted']} | {percent(totals['matched'], totals['extracted'])} | | |")
    print(f"\nQuotes not verbatim: {len(bad_quotes)}")
    for line in bad_quotes:
        print(f"  {line}")
    print(f"Reviewed targets not found: {len(misses)}")
    for line in misses:
        print(f"  {line}")
    print(f"Extracted power targets not in the reviewed files: {len(extras)}")
    for line in extras:
        print(f"  {line}")
    print(f"Qualifier differences (reviewed file → extraction): {len(disagreements)}")
    for region, target, reviewed, extracted, quote in disagreements:
        print(f"  {region} {target}: {reviewed} → {extracted} 「{quote}」")
    print(f"Reviewed context figures with a value (informational): {len(context_lines)} not extracted or qualified differently")
    for line in context_lines:
        print(line)
    recall = totals["found"] / totals["reviewed"]
    if recall < REQUIRED_RECALL or bad_quotes:
        print(f"FAILED: recall {recall:.1%} (needs {REQUIRED_RECALL:.0%}), {len(bad_quotes)} quotes not verbatim", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
