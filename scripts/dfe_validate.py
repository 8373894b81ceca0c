#!/usr/bin/env python3
"""Run DfE's public validators over a folder of returns and say whether they accept its structure.

    scripts/dfe_validate.py RETURNS_DIR [--ruleset-903 lac2025_26] [--ruleset-cin cin2025_26]
                            [--la 876] [--only 903|cin] [--report OUT.csv]

Drives the packages `csc-validator-be-903` (module lac_validator) and `csc-validator-be-cin`
(module cin_validator) programmatically, the way their own CLIs and web front ends do, so what
they see is what DfE's tool would see. Needs those two packages installed (see
scripts/validate-with-dfe-tools.sh, which makes a venv for them); otherwise standard library only.

Exit status: 1 when there is a structural problem, 0 otherwise. Structural means the validators
cannot take the files as a council would upload them: a file that looks like an SSDA903 table
but whose column set is not exactly DfE's, a date the validator cannot parse, an XML that does
not ingest, an element in the wrong place (the CIN ingress silently drops it), a rule that
crashes on the data, a required table missing. Rule failures (the validators' own error and
query codes) are content findings on synthetic data: printed and written to --report, but they
do not fail this check.

File names do not matter: each 903 CSV is recognised by its heading (the column set, as DfE's
tool does it) and put in "this year" or "previous year" by the dates inside it; the CIN census
is the XML whose root is <Message> with <Header> and <Children>.
"""
import argparse
import contextlib
import copy
import csv
import datetime as dt
import importlib
import io
import logging
import re
import sys
import warnings
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AUTHORITIES_CSV = REPO / "Sources/HearthCore/Resources/reference/authorities.csv"

# 903 columns holding dates. The validator's rules parse every one of them with
# pd.to_datetime(format="%d/%m/%Y", errors="coerce"), so anything else silently becomes "missing".
DATE_COLUMNS_903 = {
    "DOB", "MC_DOB", "DECOM", "DEC", "REVIEW", "DUC", "DATE_INT", "DATE_MATCH", "DATE_PLACED",
    "DATE_PLACED_CEASED", "DATE_PERM", "MIS_START", "MIS_END", "SW_DECOM", "SW_DEC",
}
# Dates that say which reporting year a file belongs to (events inside the year). Birth dates,
# DUC (often a future 18th birthday) and DATE_PERM (an order made years before) say nothing.
EVENT_DATE_COLUMNS_903 = {
    "DECOM", "DEC", "REVIEW", "DATE_INT", "DATE_MATCH", "DATE_PLACED", "DATE_PLACED_CEASED",
    "MIS_START", "MIS_END", "SW_DECOM", "SW_DEC",
}
# DATE_PERM may have unknown parts written as ZZ (DfE guidance; rule 632 accepts it).
DATE_PERM_RE = re.compile(r"^(\d\d|ZZ)/(\d\d|ZZ)/(\d{4}|ZZZZ)$")

# Where each CIN element may appear (the census XML schema's nesting). The CIN ingress looks each
# field up under one particular parent and quietly drops anything elsewhere, so a misplaced or
# misspelt element is a structural fault even though nothing raises. Leaf names are checked against
# the validator's own CINTable at run time; this only adds the containers.
CIN_CONTAINERS = {
    "Message": {"Header", "Children"},
    "Header": {"CollectionDetails", "Source"},
    "CollectionDetails": None,  # leaves: Header table's Collection, Year, ReferenceDate
    "Source": None,  # leaves: Header table's source fields
    "Children": {"Child"},
    "Child": {"ChildIdentifiers", "ChildCharacteristics", "CINdetails"},
    "ChildIdentifiers": None,
    "ChildCharacteristics": {"Ethnicity", "Disabilities"},
    "Disabilities": {"Disability"},
    "CINdetails": {"Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans"},
    "Assessments": {"FactorsIdentifiedAtAssessment"},
    "FactorsIdentifiedAtAssessment": {"AssessmentFactors"},
    "CINPlanDates": None,
    "Section47": None,
    "ChildProtectionPlans": {"Reviews"},
    "Reviews": {"CPPreviewDate"},
}
# Container element -> CINTable table whose field names are its leaves.
CIN_LEAF_TABLE = {
    "CollectionDetails": "Header", "Source": "Header", "ChildIdentifiers": "ChildIdentifiers",
    "CINdetails": "CINdetails", "Assessments": "Assessments", "CINPlanDates": "CINplanDates",
    "Section47": "Section47", "ChildProtectionPlans": "ChildProtectionPlans",
}
CIN_HEADER_SPLIT = {
    "CollectionDetails": {"Collection", "Year", "ReferenceDate"},
    "Source": {"SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"},
}
# Elements the census requires on every block (CIN census guide / XSD minOccurs=1). A missing one
# never raises in the ingress: the value just becomes NA. "Sex"/"GenderCurrent" is decided per pack.
CIN_REQUIRED = {
    "ChildIdentifiers": ["LAchildID"],
    "ChildCharacteristics": ["Ethnicity"],
    "CINdetails": ["CINreferralDate", "ReferralSource", "ReferralNFA"],
}
ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


class Findings:
    """Collects structural problems (fail the check) and notes (information only)."""

    def __init__(self):
        self.structural = []
        self.notes = []

    def problem(self, where, message):
        self.structural.append(f"{where}: {message}")

    def note(self, where, message):
        self.notes.append(f"{where}: {message}")


# ----------------------------------------------------------------------------------------------
# Finding the files


def sniff(path):
    """'xml', 'csv' or None (binary / spreadsheet / empty), from the first bytes, not the name."""
    head = path.open("rb").read(4096)
    if not head.strip():
        return None
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<"):
        return "xml"
    if b"\x00" in head or head.startswith(b"PK"):
        return None
    return "csv"


def read_csv_rows(path):
    """Heading and data rows as text, the way a person would see them (BOM stripped)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        return [], []
    heading = [c.strip() for c in rows[0]]
    data = [r for r in rows[1:] if any(c.strip() for c in r)]
    return heading, data


def parse_903_date(value):
    try:
        return dt.datetime.strptime(value.strip(), "%d/%m/%Y").date()
    except ValueError:
        return None


def year_ending(day):
    """The 903 reporting year that a date falls in, named by its end: 2024-04-01..2025-03-31 -> 2025."""
    return day.year + 1 if day.month >= 4 else day.year


def classify_903(heading, column_names):
    """(table, None) on an exact column-set match as DfE's ingress needs it; (None, near) when the
    heading looks like an SSDA903 table with the wrong columns; (None, None) for anything else."""
    cols = set(heading)
    for table, expected in column_names.items():
        if cols == set(expected):
            return table, None
    best, score = None, 0.0
    for table, expected in column_names.items():
        expected = set(expected)
        jaccard = len(cols & expected) / len(cols | expected)
        if jaccard > score:
            best, score = table, jaccard
    # Half the columns shared and CHILD among them: a 903 table gone wrong, not some other return
    # (Annex A, workforce, defects.csv ... which the generator writes beside the 903 files).
    if "CHILD" in cols and score >= 0.5:
        expected = column_names[best]
        return None, (best, sorted(set(expected) - cols), sorted(cols - set(expected)))
    return None, None


def collect(returns_dir, column_names, findings):
    """Walk the folder: 903 CSVs (with their table and reporting year) and CIN XMLs."""
    tables = []  # dicts: path, table, heading, rows, year (or None)
    cin_files = []
    for path in sorted(p for p in returns_dir.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(returns_dir).parts):
            continue  # .venv and the like
        rel = path.relative_to(returns_dir)
        kind = sniff(path)
        if kind == "xml":
            try:
                root = ET.parse(path).getroot()
            except ET.ParseError as e:
                findings.problem(rel, f"XML does not parse ({e}); the CIN validator cannot ingest it")
                continue
            if root.tag == "Message" and root.find("Children") is not None:
                cin_files.append(path)
            elif root.tag.endswith("}Message"):
                findings.problem(rel, "CIN XML has a namespace on <Message>; the CIN ingress looks "
                                      "up un-namespaced tags (find('Header')) and would read nothing")
            elif root.tag == "Message":
                findings.problem(rel, "<Message> without <Children>: not a CIN census the validator can read")
            else:
                findings.note(rel, f"ignored: XML with root <{root.tag}> is not a CIN census")
            continue
        if kind != "csv":
            findings.note(rel, "ignored: not a text CSV or XML")
            continue
        try:
            heading, rows = read_csv_rows(path)
        except UnicodeDecodeError:
            findings.note(rel, "ignored: not UTF-8 text (DfE's 903 tool would reject it if it were a 903 table)")
            continue
        table, near = classify_903(heading, column_names)
        if near:
            guess, missing, extra = near
            findings.problem(rel, f"looks like 903 table {guess} but the column set differs "
                                  f"(missing {missing or 'none'}, unexpected {extra or 'none'}); "
                                  f"DfE's tool matches tables by exact column set and refuses the upload")
            continue
        if table is None:
            findings.note(rel, "ignored: heading is not an SSDA903 table")
            continue
        if path.open("rb").read(3) == b"\xef\xbb\xbf":
            findings.note(rel, "starts with a UTF-8 BOM (pandas strips it; tolerated)")
        years = Counter()
        for r in rows:
            for col, value in zip(heading, r):
                if col in EVENT_DATE_COLUMNS_903 and value.strip():
                    d = parse_903_date(value)
                    if d:
                        years[year_ending(d)] += 1
        # The latest year the file's event dates reach is its reporting year (a 2024-25 episode
        # file also holds episodes that began years before).
        year = max(years) if years else None
        tables.append(dict(path=path, rel=rel, table=table, heading=heading, rows=rows, year=year))
    return tables, cin_files


def assign_years(tables, findings):
    """Put every 903 file in "This year" or "Prev year". Returns (this_year_end, {rel: description}).

    A file's latest event date only bounds its year from below (last year's Episodes may hold
    nothing but episodes opened years ago), so: the latest year seen anywhere is "this year"; of
    two files of one table, the one reaching later is this year's; where that does not decide
    (equal reach, or tables without event dates: Header, UASC, OC2, OC3, PrevPerm), the file goes
    to the year whose Episodes explain its children best."""
    dated = [t["year"] for t in tables if t["year"]]
    if not dated:
        return None, {}
    this_year = max(dated)
    prev_year = this_year - 1

    def children(t):
        i = t["heading"].index("CHILD")
        return {r[i].strip().upper() for r in t["rows"] if i < len(r) and r[i].strip()}

    def column(t, name):
        c, i = t["heading"].index("CHILD"), t["heading"].index(name)
        return [(r[c].strip().upper() if c < len(r) else "", r[i].strip() if i < len(r) else "") for r in t["rows"]]

    def episodes_of(year_end):
        # Candidate Episodes files for a year: the one that reaches it, or the only other one.
        eps = [t for t in tables if t["table"] == "Episodes"]
        eps.sort(key=lambda t: t["year"] or 0, reverse=True)
        if not eps:
            return None
        return eps[0] if year_end == this_year or len(eps) == 1 else eps[1]

    def fit(t, year_end):
        """How well file t fits the reporting year ending 31 March year_end (0..1)."""
        kids = children(t)
        if not kids:
            return 0.0
        start, end = dt.date(year_end - 1, 4, 1), dt.date(year_end, 3, 31)
        if t["table"] == "OC3":
            # Care leavers are reported in the year of their 17th..21st birthday.
            ok = []
            for _, dob in column(t, "DOB"):
                d = parse_903_date(dob)
                if d:
                    birthday_year = year_end if d.month < 4 else year_end - 1
                    ok.append(17 <= birthday_year - d.year <= 21)
            return sum(ok) / len(ok) if ok else 0.0
        eps = episodes_of(year_end)
        if eps is None:
            return 0.0
        spans = defaultdict(list)
        for (child, decom), (_, dec) in zip(column(eps, "DECOM"), column(eps, "DEC")):
            spans[child].append((parse_903_date(decom), parse_903_date(dec) if dec else None))
        if t["table"] == "OC2":
            # OC2 holds children looked after for the whole year to 31 March.
            def whole_year(child):
                s = spans.get(child, [])
                return bool(s) and min((a for a, _ in s if a), default=end) <= start and any(b is None for _, b in s)
            return sum(whole_year(c) for c in kids) / len(kids)
        # Header, UASC, PrevPerm, ...: children looked after at some time in the year.
        in_year = {c for c, s in spans.items() if any(a and a <= end and (b is None or b >= start) for a, b in s)}
        return len(kids & in_year) / len(kids | in_year) if in_year else 0.0

    by_table = defaultdict(list)
    for t in tables:
        by_table[t["table"]].append(t)
    description = {}
    for table, files in by_table.items():
        if len(files) > 2:
            for t in files:
                findings.problem(t["rel"], f"{len(files)} files hold table {table}; at most two (this year, previous year)")
            continue
        if len(files) == 1:
            t = files[0]
            # One file: this year's unless its children fit last year's episodes better. (Its event
            # dates cannot say: this year's PlacedAdoption may hold only last year's decisions.)
            last = fit(t, prev_year) > fit(t, this_year)
            description[t["rel"]] = "Prev year" if last else "This year"
            if last:
                findings.note(t["rel"], f"only {table} file, and it looks like the previous year's")
            continue
        a, b = files
        if (a["year"] or 0) != (b["year"] or 0) and a["year"] and b["year"]:
            newer = a if a["year"] > b["year"] else b
        else:
            straight = fit(a, this_year) + fit(b, prev_year)
            crossed = fit(a, prev_year) + fit(b, this_year)
            if straight == crossed:
                findings.problem(table, f"cannot tell which of {a['rel']} and {b['rel']} is this year's")
            newer = a if straight >= crossed else b
        for t in files:
            description[t["rel"]] = "This year" if t is newer else "Prev year"
    return this_year, description


# ----------------------------------------------------------------------------------------------
# SSDA903


def la_codes(la):
    """(old three-digit code, ONS code) for --la given either way, from Hearth's own reference data."""
    if not la:
        return None, None
    with AUTHORITIES_CSV.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if la in (r["code"], r["ons_code"]):
                return r["code"], r["ons_code"]
    return la, None


def run_903(tables, description, this_year, ruleset, ons_code, findings, results):
    from lac_validator import lac_validator as lv
    from lac_validator.config import column_names
    from lac_validator.types import UploadError, UploadedFile

    print(f"\n== SSDA903 with {ruleset}")
    registry = importlib.import_module(f"lac_validator.rules.{ruleset}").registry
    pack_year = 2000 + int(ruleset[-2:])  # lac2025_26 -> year to 31 March 2026
    collection_year = str(this_year)
    if pack_year != this_year:
        findings.note("903", f"rule pack {ruleset} is for the year to 31 March {pack_year}; the files are "
                             f"for the year to 31 March {this_year} (validated with collection dates of {this_year})")
    for t in tables:
        print(f"  {description.get(t['rel'], '?'):9}  {t['table']:15} {len(t['rows']):6} rows  {t['rel']}")
    # The ingress decides CSV vs XML by the file name's extension, and a name carries no meaning
    # here, so every file goes in under its table's name with ".csv".
    uploads = [UploadedFile(name=f"{t['table']}.csv", description=description[t["rel"]],
                            file_content=t["path"].read_bytes())
               for t in tables if t["rel"] in description]
    metadata = {"collectionYear": collection_year, "localAuthority": ons_code or "E00000000"}
    print(f"  metadata given to the validator: collectionYear={collection_year} "
          f"(collection 01/04/{this_year - 1}..31/03/{this_year}), localAuthority={metadata['localAuthority']}")

    crashes = []

    class Catch(logging.Handler):
        # LacValidator logs (and swallows) each rule that raises: keep the rule and the exception.
        def emit(self, record):
            if record.exc_info and "failed to run" in record.getMessage():
                crashes.append((record.getMessage().split()[2], record.exc_info[1]))

    lac_logger = logging.getLogger("lac_validator")
    catcher = Catch(level=logging.ERROR)
    lac_logger.addHandler(catcher)
    lac_logger.propagate = False  # its own basicConfig would print every traceback
    printed = io.StringIO()
    try:
        # A few rules print() debugging output; keep stdout for our report.
        with contextlib.redirect_stdout(printed):
            v = lv.LacValidator(metadata=metadata, files=uploads, registry=registry, selected_rules=None)
    except UploadError as e:
        findings.problem("903 ingest", f"validator refused the upload: {e}")
        return
    except Exception as e:  # any other crash in ingest is structural too
        findings.problem("903 ingest", f"validator raised {type(e).__name__}: {e}")
        return
    finally:
        lac_logger.removeHandler(catcher)

    import pandas as pd

    print("  rows per table as the validator read them:")
    for name, df in sorted(v.dfs.items()):
        print(f"    {name:20} {len(df):6}")
    for t in tables:
        if t["rel"] not in description:
            continue
        key = t["table"] + ("_last" if description[t["rel"]] == "Prev year" else "")
        if key in v.dfs and len(v.dfs[key]) != len(t["rows"]):
            findings.problem(t["rel"], f"the validator read {len(v.dfs[key])} rows of {key}, the file has "
                                       f"{len(t['rows'])} (quoting or line-end trouble)")
    for name in ("Header", "Episodes"):
        if name not in v.dfs:
            findings.problem("903", f"no {name} table for this year: most rules would be skipped")

    # Dates as the validator's rules see them.
    for name, df in v.dfs.items():
        for col in DATE_COLUMNS_903 & set(df.columns):
            values = df[col].dropna()
            if col == "DATE_PERM":
                bad = values[~values.astype(str).str.match(DATE_PERM_RE)]
            else:
                bad = values[pd.to_datetime(values, format="%d/%m/%Y", errors="coerce").isna()]
            for idx, value in bad.head(5).items():
                findings.problem(f"903 {name} row {idx + 2} CHILD {df.at[idx, 'CHILD']}",
                                 f"{col}={value!r} is not a dd/mm/yyyy date the rules can read")
            if len(bad) > 5:
                findings.problem(f"903 {name}", f"{len(bad) - 5} more unreadable {col} values")

    # A rule that raises KeyError on a column no DfE table has (nor the validator derives) is a
    # defect in the rule pack, whatever the data: note it. Anything else may be our data's doing.
    known_columns = {c for cols in column_names.values() for c in cols}
    known_columns |= {c for df in v.dfs.values() for c in df.columns}
    for code, exc in crashes:
        if isinstance(exc, KeyError) and exc.args and exc.args[0] not in known_columns:
            findings.note(f"903 rule {code}", f"crashes on any input (reads column {exc.args[0]!r}, which "
                                              f"no DfE 903 table has): a defect of the rule pack, not of the files")
        else:
            findings.problem(f"903 rule {code}", f"crashed on these files: {type(exc).__name__}: {exc}")

    # Where each table came from, so a failing row can be named by file and line.
    source = {t["table"] + ("_last" if description.get(t["rel"]) == "Prev year" else ""): t["rel"]
              for t in tables if t["rel"] in description}
    counts = Counter()
    where = defaultdict(set)
    examples = defaultdict(list)
    for name, df in v.ds_results.items():
        if name == "metadata":
            continue
        for col in df.columns:
            if col.startswith("ERR_"):
                hit = df[col].fillna(False).astype(bool)
                n = int(hit.sum())
                if n:
                    code = col[4:]
                    counts[code] += n
                    where[code].add(name)
                    for idx in df.index[hit][:3]:
                        # The ingress keeps the file's row order, so index + 2 is the line number.
                        examples[code].append(f"{source.get(name, name)}:{idx + 2} CHILD {df.at[idx, 'CHILD']}")
    for code, rule in registry.items():
        status = ("crashed" if code in v.fails else "failed" if counts[code]
                  else "skipped" if code in v.skips else "passed")
        results.append(dict(collection="SSDA903", ruleset=ruleset, rule_code=code, status=status,
                            count=counts[code], rule_type="", tables=" ".join(sorted(where[code])),
                            examples="; ".join(examples[code][:3]),
                            fields=" ".join(rule.affected_fields or []), message=rule.message or ""))
    print(f"  rules: {len(registry)} in pack, {len(counts)} failed, {len(v.skips)} skipped "
          f"(tables not supplied), {len(v.fails)} crashed")


# ----------------------------------------------------------------------------------------------
# CIN census


def check_cin_structure(root, rel, registry, findings):
    """Element placement and required elements, which the ingress never complains about."""
    from cin_validator.rule_engine import CINTable

    leaves = {}
    for container, table in CIN_LEAF_TABLE.items():
        # Drop the ids the ingress makes up itself (LAchildID is a real element, in ChildIdentifiers).
        generated = {"CINdetailsID", "AssessmentID", "CPPID"} | ({"LAchildID"} if table != "ChildIdentifiers" else set())
        names = {f.name for f in CINTable[table].value} - generated
        leaves[container] = CIN_HEADER_SPLIT.get(container, names) & names
    leaves["Assessments"].discard("AssessmentFactors")  # read from FactorsIdentifiedAtAssessment
    misplaced = Counter()

    def walk(el, path):
        allowed = (CIN_CONTAINERS.get(el.tag) or set()) | leaves.get(el.tag, set())
        for child in el:
            if child.tag not in allowed:
                misplaced[(f"{path}/{child.tag}", el.tag)] += 1
            elif child.tag in CIN_CONTAINERS:
                walk(child, f"{path}/{child.tag}")

    walk(root, "Message")
    for (path, parent), n in sorted(misplaced.items()):
        findings.problem(rel, f"<{path.rsplit('/', 1)[1]}> is not read by the CIN validator under "
                              f"<{parent}> ({n}x at {path}); its value is silently lost")

    # Sex vs GenderCurrent: which one the pack's rules read decides which one must be there.
    referenced = {f for rule in registry.values() for f in (rule.affected_fields or [])}
    sex_field = "Sex" if "Sex" in referenced else "GenderCurrent"
    other = "GenderCurrent" if sex_field == "Sex" else "Sex"
    required = dict(CIN_REQUIRED)
    required["ChildIdentifiers"] = required["ChildIdentifiers"] + [sex_field]
    for block, fields in required.items():
        elements = root.findall(f".//{block}")
        for field in fields:
            missing = sum(1 for e in elements if e.find(field) is None)
            if missing:
                hint = ""
                if field == sex_field and any(e.find(other) is not None for e in elements):
                    hint = f" (the file has <{other}>, which this pack's rules do not read)"
                findings.problem(rel, f"<{field}> missing from {missing} of {len(elements)} <{block}>{hint}")
    # xs:boolean allows true/false/1/0; several rules compare the exact lower-case text, so "True"
    # passes the flag-validity rule yet is read as "not NFA" by others (checked: rule 8831).
    for field in ("ReferralNFA", "ICPCnotRequired"):
        bad = Counter((e.text or "").strip() for e in root.iter(field)
                      if (e.text or "").strip() not in ("true", "false", "1", "0"))
        for value, n in bad.items():
            findings.problem(rel, f"<{field}>{value}</{field}> ({n}x): booleans must be true/false or 1/0, lower case")
    header = root.find("Header")
    if header is not None:
        for part, fields in CIN_HEADER_SPLIT.items():
            block = header.find(part)
            for field in sorted(fields):
                if block is None or block.find(field) is None or not (block.find(field).text or "").strip():
                    findings.problem(rel, f"header field <{part}>/<{field}> missing or empty")
    return sex_field


def run_cin(path, rel, ruleset, findings, results):
    import pandas as pd
    from cin_validator import cin_validator as cv

    print(f"\n== CIN census with {ruleset}: {rel}")
    registry = importlib.import_module(f"cin_validator.rules.{ruleset}").registry
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        findings.problem(rel, f"XML does not parse: {e}")
        return
    sex_field = check_cin_structure(root, rel, registry, findings)
    print(f"  this pack's rules read the child's sex from <{sex_field}>")
    year = (root.findtext("Header/CollectionDetails/Year") or "").strip()
    pack_year = 2000 + int(ruleset[-2:])
    if year and year != str(pack_year):
        findings.note(rel, f"rule pack {ruleset} is for census Year {pack_year}; the file says Year {year}")

    try:
        raw = cv.convert_data(root)
        as_read = copy.deepcopy(raw)  # process_data converts date columns in place
        data = cv.process_data(raw)
    except Exception as e:
        findings.problem(rel, f"CIN ingress raised {type(e).__name__}: {e}")
        return

    print("  rows per table as the validator read them:")
    for name, df in data.items():
        print(f"    {name:22} {len(df):6}")

    # Dates: the validator parses every *date* column with a lenient pd.to_datetime; the schema wants
    # ISO dates. A dd/mm/yyyy date may "parse" to the wrong day, so both count as structural.
    for name, df in as_read.items():
        for col in [c for c in df.columns if "date" in c.lower()]:
            for idx, value in df[col].dropna().items():
                text = str(value).strip()
                pattern = ISO_DATETIME_RE if col == "DateTime" else ISO_DATE_RE
                if not pattern.match(text) or pd.isna(pd.to_datetime(text, errors="coerce")):
                    child = df.at[idx, "LAchildID"] if "LAchildID" in df.columns else "-"
                    findings.problem(f"{rel} {name} row {idx} child {child}",
                                     f"{col}={text!r} is not an ISO {'date-time' if col == 'DateTime' else 'date'}")

    out = io.StringIO()
    try:
        # The validator prints (and swallows) each rule that raises: keep those lines.
        with contextlib.redirect_stdout(out):
            v = cv.CinValidator(data, registry)
    except Exception as e:
        findings.problem(rel, f"CIN validator raised {type(e).__name__}: {e}")
        return
    crashed = set()
    for line in out.getvalue().splitlines():
        m = re.match(r"Error with rule (\S+):", line)
        if m:
            crashed.add(m.group(1))
            findings.problem(f"{rel} rule crashed", line)

    examples = defaultdict(list)
    issues = v.full_issue_df
    if len(issues):
        for code, group in issues.groupby("rule_code"):
            for _, r in group.drop_duplicates(["child_id", "row_id"]).head(3).iterrows():
                examples[str(code)].append(f"{r['tables_affected']} row {r['row_id']} child {r['child_id']}")
    counts = Counter()
    if len(v.issue_instances):
        for code, n in v.issue_instances.groupby("code")["number"].sum().items():
            counts[str(code)] += int(n)
    if len(v.la_rule_issues):
        for code in v.la_rule_issues["rule_code"]:
            counts[str(code)] += 1
    for code, rule in registry.items():
        code = str(code)
        status = "crashed" if code in crashed else "failed" if counts[code] else "passed"
        results.append(dict(collection="CIN", ruleset=ruleset, rule_code=code, status=status,
                            count=counts[code], rule_type=rule.rule_type.name,
                            tables=getattr(rule.module, "name", str(rule.module)),
                            fields=" ".join(str(f) for f in (rule.affected_fields or [])),
                            examples="; ".join(examples[code][:3]), message=rule.message or ""))
    print(f"  rules: {len(registry)} in pack, {sum(1 for c in counts if counts[c])} failed, {len(crashed)} crashed")


# ----------------------------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("returns_dir", type=Path)
    ap.add_argument("--ruleset-903", default="lac2025_26")
    ap.add_argument("--ruleset-cin", default="cin2025_26")
    ap.add_argument("--la", help="LA code (876 or E06000006) for the 903 metadata; default: the CIN header's LEA")
    ap.add_argument("--only", choices=["903", "cin"], help="validate just one return")
    ap.add_argument("--report", type=Path, help="write per-rule results here (CSV)")
    args = ap.parse_args(argv)

    # The validators log every rule at INFO and pandas warns a lot; neither helps here.
    warnings.filterwarnings("ignore")
    logging.disable(logging.INFO)
    try:
        from lac_validator.config import column_names
        import cin_validator.cin_validator  # noqa: F401  (fail early if the package is absent)
    except ImportError as e:
        print(f"error: the DfE validator packages are not importable ({e}); "
              f"pip install csc-validator-be-903 csc-validator-be-cin", file=sys.stderr)
        return 2

    if not args.returns_dir.is_dir():
        print(f"error: {args.returns_dir} is not a folder", file=sys.stderr)
        return 2
    findings = Findings()
    results = []
    tables, cin_files = collect(args.returns_dir, column_names, findings)

    la = args.la
    if not la and cin_files:
        la = (ET.parse(cin_files[0]).getroot().findtext("Header/Source/LEA") or "").strip() or None
    _, ons_code = la_codes(la)
    if args.only != "cin":
        if not tables:
            findings.problem(args.returns_dir, "no SSDA903 CSV table found")
        else:
            this_year, description = assign_years(tables, findings)
            if this_year is None:
                findings.problem("903", "no dated 903 table (Episodes, Reviews, ...): cannot tell the reporting year")
            else:
                if not ons_code:
                    findings.note("903", f"LA {la!r} unknown: placements cannot be judged in or out of area "
                                         f"(pass --la)")
                run_903(tables, description, this_year, args.ruleset_903, ons_code, findings, results)
    if args.only != "903":
        if not cin_files:
            findings.problem(args.returns_dir, "no CIN census XML (<Message> with <Children>) found")
        for path in cin_files:
            run_cin(path, path.relative_to(args.returns_dir), args.ruleset_cin, findings, results)

    failed = sorted((r for r in results if r["status"] == "failed"),
                    key=lambda r: (r["collection"], -r["count"], r["rule_code"]))
    print(f"\n== Rule failures ({len(failed)} rules; information for the generator, not a failure of this check)")
    for r in failed:
        kind = f" {r['rule_type'].lower()}" if r["rule_type"] else ""
        print(f"  {r['collection']:7} {r['rule_code']:>10}{kind:7} x{r['count']:<5} {r['message'][:150]}")
        if r.get("examples"):
            print(f"  {'':31} e.g. {r['examples']}")
    if findings.notes:
        print("\n== Notes")
        for n in findings.notes:
            print(f"  {n}")
    print(f"\n== Structural problems: {len(findings.structural)}")
    for p in findings.structural:
        print(f"  {p}")

    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        with args.report.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["collection", "ruleset", "rule_code", "status", "count",
                                              "rule_type", "tables", "fields", "examples", "message"])
            w.writeheader()
            w.writerows(results)
            for p in findings.structural:
                w.writerow(dict(collection="structural", status="problem", message=p))
        print(f"\nper-rule results written to {args.report}")
    return 1 if findings.structural else 0


if __name__ == "__main__":
    sys.exit(main())
