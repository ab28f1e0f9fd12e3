#!/usr/bin/env python3
"""Reads every workbook GridFlex writes back with openpyxl (an independent reader) and checks its numbers equal
the JSON and CSV files written by the same run; then has LibreOffice Calc (headless) convert one workbook to CSV
and compares those values too, so a real office suite opens it.

    .build/venv/bin/python scripts/workbook_check.py .build/release/gridflex

Covers `solve --xlsx` (also in Chinese with --units cn), `plan check --xlsx`, `sweep --xlsx` (two shards) and `sweep merge --xlsx` over one week,
and `compare --xlsx` of the two (against `compare --json`). Exits non-zero naming the first difference.
"""
import csv
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

GRIDFLEX = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/gridflex")
WEEK = ["--hours", "1-168"]


def run(*arguments):
    result = subprocess.run([GRIDFLEX, *arguments], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"workbook: FAIL: gridflex {' '.join(arguments)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def close(a, b, what):
    if isinstance(b, (int, float)) and not isinstance(b, bool):
        if not isinstance(a, (int, float)) or not math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9):
            sys.exit(f"workbook: FAIL: {what}: workbook {a!r}, JSON/CSV {b!r}")
    elif (a or "") != (b or ""):
        sys.exit(f"workbook: FAIL: {what}: workbook {a!r}, JSON/CSV {b!r}")


def rows(book, sheet):
    """The sheet's header and its rows, as dicts by heading."""
    values = list(book[sheet].iter_rows(values_only=True))
    header = list(values[0])
    return header, [dict(zip(header, row)) for row in values[1:]]


def check_case(book, summary, hourly_csv):
    assert book["Summary"].freeze_panes == "A2", "the header row is not frozen"
    assert book["Hourly"].column_dimensions["A"].width > 0, "no column widths"
    _, items = rows(book, "Summary")
    by_item = {row["item"]: row["value"] for row in items}
    close(by_item["case"], summary["case"], "Summary case")
    close(by_item["objective"], summary["objective"], "Summary objective")
    kpis = summary["kpis"]
    for key, json_key in [("load", "load_mwh"), ("curtailment", "curtailment_mwh"), ("renewable_utilisation", "renewable_utilisation"),
                          ("co2", "co2_t"), ("peak_net_load_after_flex", "peak_net_load_after_flex_mw"),
                          ("operating_cost", "operating_cost_eur"), ("mean_price", "mean_price_eur_per_mwh"), ("unserved_hours", "unserved_hours")]:
        close(by_item[key], kpis[json_key], f"Summary {key}")
    _, resources = rows(book, "Resources")
    capacities = {c["name"]: c for c in summary["capacities"]}
    assert len(resources) == len(summary["resources"]), "resource count"
    for row, resource in zip(resources, summary["resources"]):
        close(row["name"], resource["name"], "Resources name")
        close(row["energy delivered (MWh)"], resource["energy_mwh"], f"Resources {resource['name']} energy")
        close(row["cost (EUR)"], resource["cost_eur"], f"Resources {resource['name']} cost")
        close(row["capacity (MW)"], capacities[resource["name"]]["capacity_mw"], f"Resources {resource['name']} capacity")
    _, targets = rows(book, "Targets")
    for row, target in zip(targets, summary["targets"]):
        close(row["achieved"], target["achieved"], f"Targets {target['id']} achieved")
    assert len(targets) == len(summary["targets"]), "target count"
    _, assumptions = rows(book, "Assumptions")
    assert [(r["key"], r["reason"]) for r in assumptions] == [(a["key"], a["reason"]) for a in summary["assumptions"]], "assumptions"
    _, notes = rows(book, "Data notes")
    assert [r["note"] for r in notes] == summary["data_notes"], "data notes"
    header, hours = rows(book, "Hourly")
    with open(hourly_csv, newline="") as handle:
        table = list(csv.DictReader(handle))
    assert header == list(table[0].keys()), "hourly headings differ from hourly.csv"
    assert len(hours) == len(table), f"hourly rows: {len(hours)} against {len(table)}"
    for book_row, csv_row in zip(hours, table):
        for key in header:
            close(book_row[key], float(csv_row[key]), f"Hourly {key} hour {csv_row['hour']}")
    return len(hours) * len(header)


def check_points(book, table_csv):
    header, points = rows(book, "Points")
    with open(table_csv, newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(points) == len(table), "point count"
    for row, line in zip(points, table):
        close(row["point_key"], line["point_key"], "point key")
        for key in ["objective", "operating_cost_eur", "curtailment_mwh", "co2_t"]:
            close(row[key], float(line[key]), f"Points {line['point_key']} {key}")
    return len(points)


def libreoffice_csv(workbook, work):
    """The first sheet as LibreOffice Calc reads it, exported to CSV with full precision (cells not as shown)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("workbook: FAIL: no soffice; scripts/setup.sh installs libreoffice-calc")
    # Filter options: comma, double quote, UTF-8 (76), first line 1, …, token 9 false = raw values, not as shown.
    target = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false'
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work}/lo-profile", "--convert-to", target,
                    "--outdir", work, workbook], check=True, capture_output=True, timeout=300)
    path = os.path.join(work, os.path.splitext(os.path.basename(workbook))[0] + ".csv")
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def main():
    work = tempfile.mkdtemp(prefix="gridflex-workbook-")
    try:
        solve = os.path.join(work, "solve")
        run("solve", "Models/examples/guangxi-2020.yaml", *WEEK, "--out", solve, "--xlsx", f"{solve}.xlsx")
        summary = json.load(open(f"{solve}/summary.json"))
        cells = check_case(openpyxl.load_workbook(f"{solve}.xlsx", read_only=False), summary, f"{solve}/hourly.csv")
        print(f"workbook: solve --xlsx: Summary, Resources, Targets, Assumptions and {cells} hourly cells equal summary.json and hourly.csv")

        chinese = os.path.join(work, "solve-zh.xlsx")
        run("solve", "Models/examples/guangxi-2020.yaml", *WEEK, "--lang", "zh-CN", "--units", "cn", "--xlsx", chinese)
        book = openpyxl.load_workbook(chinese)
        assert book.sheetnames[:2] == ["概要", "资源"], f"Chinese sheet names: {book.sheetnames}"
        _, items = rows(book, "概要")
        by_item = {row["项目"]: (row["数值"], row["单位"]) for row in items}
        # 1 万千瓦 = 10 MW, 1 亿千瓦时 = 100,000 MWh.
        close(by_item["最大负荷"][0], summary["kpis"]["peak_load_mw"] / 10, "Chinese 最大负荷 in 万千瓦")
        close(by_item["用电量"][0], summary["kpis"]["load_mwh"] / 1e5, "Chinese 用电量 in 亿千瓦时")
        assert by_item["最大负荷"][1] == "万千瓦" and by_item["用电量"][1] == "亿千瓦时", "Chinese units"
        print("workbook: solve --lang zh-CN --units cn --xlsx: Chinese sheets, peak load in 万千瓦 and load in 亿千瓦时 equal summary.json ÷ 10 and ÷ 100,000")

        check = os.path.join(work, "check")
        run("plan", "check", "Models/guangxi/2030.yaml", *WEEK, "--out", check, "--xlsx", f"{check}.xlsx")
        plan = json.load(open(f"{check}/plan_check.json"))
        book = openpyxl.load_workbook(f"{check}.xlsx")
        check_case(book, plan["summary"], f"{check}/hourly.csv")
        _, targets = rows(book, "Plan targets")
        assert len(targets) == len(plan["targets"]), "plan target count"
        for row, target in zip(targets, plan["targets"]):
            close(row["quote"], target["quote"], f"Plan targets {target['id']} quote")
            close(row["status"], target["status"], f"Plan targets {target['id']} status")
            if target.get("required") is not None:
                close(row["required"], target["required"], f"Plan targets {target['id']} required")
        print(f"workbook: plan check --xlsx: {len(targets)} plan targets with their quotes equal plan_check.json")

        sweep = ["sweep", "Models/guangxi/2030.yaml", *WEEK, "--vary", "battery.power_mw=0,2000", "--jobs", "1"]
        for shard in ["0/2", "1/2"]:
            run(*sweep, "--db", f"{work}/sweep.sqlite", "--shard", shard)
        run(*sweep, "--db", f"{work}/whole.sqlite", "--csv", f"{work}/whole.csv", "--xlsx", f"{work}/whole.xlsx")
        run("sweep", "merge", f"{work}/merged.sqlite", f"{work}/sweep.shard-0-of-2.sqlite", f"{work}/sweep.shard-1-of-2.sqlite",
            "--csv", f"{work}/merged.csv", "--xlsx", f"{work}/merged.xlsx")
        count = check_points(openpyxl.load_workbook(f"{work}/whole.xlsx"), f"{work}/whole.csv")
        check_points(openpyxl.load_workbook(f"{work}/merged.xlsx"), f"{work}/merged.csv")
        print(f"workbook: sweep --xlsx and sweep merge --xlsx: {count} points equal the CSV tables")

        compared = json.loads(run("compare", f"{solve}/summary.json", f"{check}/plan_check.json", "--json", "--xlsx", f"{work}/compare.xlsx"))
        header, measures = rows(openpyxl.load_workbook(f"{work}/compare.xlsx"), "Comparison")
        assert len(measures) == len(compared["measures"]), "compared measure count"
        for row, measure in zip(measures, compared["measures"]):
            for column, value in zip(header[3:], measure["values"] + measure["differences"][1:]):
                close(row[column], value, f"Comparison {measure['name']} {column}")
        print(f"workbook: compare --xlsx: {len(measures)} measures and their differences equal compare --json")

        table = libreoffice_csv(f"{solve}.xlsx", work)
        values = {row[0]: row[1] for row in table[1:]}
        for key, expected in [("objective", summary["objective"]), ("load", summary["kpis"]["load_mwh"]),
                              ("co2", summary["kpis"]["co2_t"]), ("curtailment", summary["kpis"]["curtailment_mwh"])]:
            close(float(values[key]), expected, f"LibreOffice Summary {key}")
        close(values["case"], summary["case"], "LibreOffice Summary case")
        print(f"workbook: LibreOffice Calc opened solve.xlsx; its CSV of the Summary sheet ({len(table) - 1} rows) equals summary.json")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("workbook: ok")


if __name__ == "__main__":
    main()
