#!/usr/bin/env python3
"""Builds the cut of DfE's LAIT data Hearth ships from ../shared/reference/lait (run from the repo root).

Writes Sources/HearthData/Resources/published/lait/:
- lait_csc_long.csv: every row (all areas, all years, values and symbols as LAIT stores them) of
  the LAIT measures an indicator is benchmarked against (HearthIndicators' LAITMeasure.all);
- lait_csc_data_dictionary.csv: the dictionary rows (code, short name, title, polarity, decimal
  places, year type, description) of those measures and of the LAIT counterparts whose polarity
  the Explore Education Statistics mappings (PublishedMeasure.all) cite for ranking.

LAIT labels a financial-year measure by the year it ends (2025 = April 2024 to March 2025) and a
workforce measure by its census year (30 September): the same convention as Hearth, so the
`year` column is copied unchanged. Keep the two lists below in step with the Swift mappings; a
test fails when a mapping names a measure these files do not hold.
"""
import csv, os, sys

ref = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"
out = "Sources/HearthData/Resources/published/lait"

# Measures whose values Hearth benchmarks against.
VALUES = [
    "Continue_Assess_Comp", "Section_47", "CP_conf_15days", "CPPlans2yrs", "RevCP",
    "LACDistance", "Children_missing", "Stability_SocialWorker",
]
# Measures cited only for their polarity (the values come from Explore Education Statistics).
POLARITY_ONLY = [
    "CPP_Total_Rateper10,000", "ReReferral", "CIN_Refferals_NFA", "CPP_rate", "PrevRegCPR", "LAC",
    "LACStable_2016on", "LAC_LongStable%", "LACHealth%", "LACDental%", "LACVaccinations%",
    "CareLeaverEET", "CareLeaverAcc", "Work_Force_Vac_Rate", "Work_Force_Agecy_Rate",
    "Work_Force_TO_Rate", "Work_Force_AvgNumCase_SW", "Work_Force_SWAbsence", "Vacancies_cover",
    "CareLeavers_LA_NotInTouch",
]
DICTIONARY_COLUMNS = ["Measure_code", "Measure_short", "Measure", "Polarity", "dps", "Year_Type", "Description"]


def read(name):
    with open(os.path.join(ref, "lait", name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def write(name, header, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


os.makedirs(out, exist_ok=True)
wanted = set(VALUES)
long_rows = read("lait_csc_long.csv")
kept = [[r[c] for c in ("measure", "year", "la_code", "area", "region", "value")] for r in long_rows if r["measure"] in wanted]
missing = wanted - {r[0] for r in kept}
if missing:
    sys.exit(f"lait_csc_long.csv holds no rows for {sorted(missing)}")
write("lait_csc_long.csv", ["measure", "year", "la_code", "area", "region", "value"], kept)

named = wanted | set(POLARITY_ONLY)
dictionary = [r for r in read("lait_csc_data_dictionary.csv") if r["Measure_short"] in named]
missing = named - {r["Measure_short"] for r in dictionary}
if missing:
    sys.exit(f"the data dictionary has no rows for {sorted(missing)}")
# The description is the DfE definition a reader checks the mapping against; runs of blank lines
# in LAIT's text are folded so each row stays readable.
def tidy(text):
    return "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())
write("lait_csc_data_dictionary.csv", DICTIONARY_COLUMNS,
      [[tidy(r[c]) if c == "Description" else r[c] for c in DICTIONARY_COLUMNS] for r in dictionary])
print(f"{len(kept)} rows of {len(wanted)} measures; {len(dictionary)} dictionary rows -> {out}")
