#!/usr/bin/env python3
"""Builds Sources/HearthCore/Resources/reference/ethnic-population.csv from ONS's Census 2021
population by ethnic group (20 categories) in ../shared/reference/dfe (run from the repo root).

One row per upper-tier authority (by ONS code) and one for England (E92000001), with the usual
residents of all ages in the five broad groups Hearth compares the workforce on. ONS's codes:
1-5 Asian (Chinese among them, as the 2021 census places it), 6-8 Black, 9-12 Mixed,
13-17 White, 18-19 Other; -8 ("does not apply") is left out.
"""
import csv, os, sys

ref = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"
out = "Sources/HearthCore/Resources/reference/ethnic-population.csv"
groups = ["white", "mixed", "asian", "black", "other"]

def group(code):
    c = int(code)
    if 1 <= c <= 5: return "asian"
    if 6 <= c <= 8: return "black"
    if 9 <= c <= 12: return "mixed"
    if 13 <= c <= 17: return "white"
    if 18 <= c <= 19: return "other"
    return None

areas = {}
for name in ("ons-ethnic-population-nat.csv", "ons-ethnic-population-la.csv"):
    with open(os.path.join(ref, "dfe", name), encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f):
            if not row or not row[0].startswith("E"):
                continue
            g = group(row[2])
            if g is None:
                continue
            area = areas.setdefault(row[0], {"name": row[1], **{k: 0 for k in groups}})
            area[g] += int(row[4])
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["ons_code", "name"] + groups)
    for code in sorted(areas):
        a = areas[code]
        w.writerow([code, a["name"]] + [a[k] for k in groups])
print(f"{len(areas)} areas written to {out}")
