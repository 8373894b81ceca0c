#!/usr/bin/env python3
"""Builds the reference files Hearth ships from ../shared/reference (run from the repo root).

Writes Sources/HearthCore/Resources/reference/authorities.csv (153 authorities: codes, name,
region, the 10 statistical neighbours of the 2025 model, 0-17 population by year) and copies
the DfE / Ofsted tidy files the product reads into Sources/HearthData/Resources/published/.
"""
import csv, os, shutil, sys

ref = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"
core = "Sources/HearthCore/Resources/reference"
data = "Sources/HearthData/Resources/published"
os.makedirs(core, exist_ok=True)

def rows(path):
    with open(os.path.join(ref, path), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))

lookup = {r["la_code"]: r for r in rows("ofsted/d2i_la_lookup.csv")}
population = {}
regions = {}
for r in rows("dfe/ons_mid-year_population_estimates_2012_to_2024.csv"):
    if r["geographic_level"] == "Local authority":
        population.setdefault(r["old_la_code"], {})[int(r["time_period"])] = r["population_estimate"]
        regions[r["old_la_code"]] = (r["region_code"], r["region_name"], r["new_la_code"])
years = list(range(2012, 2025))
# DfE's files give London boroughs Inner / Outer London (E13); benchmarks compare with the
# London region (E12000007), so that is the region and Inner / Outer London the sub-region.
dfe_region = {}
for r in rows("dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"):
    if r["geographic_level"] == "Local authority":
        dfe_region.setdefault(r["old_la_code"], (r["region_code"], r["region_name"]))
with open(os.path.join(core, "authorities.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "ons_code", "name", "region_code", "region_name", "subregion", "neighbours"]
               + [f"population_0_17_{y}" for y in years])
    for r in rows("dfe/sn_model_2025_wide.csv"):
        code = r["old_la_code"]
        sub_code, sub_name, ons = regions[code]
        region_code, region_name = dfe_region[code]
        subregion = ""
        if region_code.startswith("E13"):  # Inner / Outer London
            subregion, region_code, region_name = region_name, "E12000007", "London"
        ons = lookup.get(code, {}).get("la_code_new") or ons
        neighbours = " ".join(r[f"SN_{i}"] for i in range(1, 11))
        pops = [population[code].get(y, "") for y in years]
        w.writerow([code, ons, r["la_name"], region_code, region_name, subregion, neighbours] + pops)

# Published statistics the product benchmarks against and the generator models on.
os.makedirs(data, exist_ok=True)
for sub in ("dfe", "ofsted"):
    os.makedirs(os.path.join(data, sub), exist_ok=True)
    for name in sorted(os.listdir(os.path.join(ref, sub))):
        if name.endswith(".csv") and name != "absence_la.csv":
            shutil.copyfile(os.path.join(ref, sub, name), os.path.join(data, sub, name))
print("reference files written")
