#!/usr/bin/env python3
"""Writes England & Wales bank holidays 2013-2027 in gov.uk's bank-holidays.json layout.

The dates follow the Banking and Financial Dealings Act rules plus the one-off changes made by
proclamation (2020 VE Day, 2022 Platinum Jubilee and State Funeral, 2023 Coronation). Users can
replace the shipped file with the current https://www.gov.uk/bank-holidays.json.
"""
import datetime as dt, json, sys

def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)

def first_monday(y, m):
    d = dt.date(y, m, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)

def last_monday(y, m):
    d = dt.date(y, m + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=d.weekday())

def year(y):
    ev = []
    ny = dt.date(y, 1, 1)
    if ny.weekday() >= 5:
        ev.append(("New Year’s Day", ny + dt.timedelta(days=7 - ny.weekday()), "Substitute day"))
    else:
        ev.append(("New Year’s Day", ny, ""))
    e = easter(y)
    ev.append(("Good Friday", e - dt.timedelta(days=2), ""))
    ev.append(("Easter Monday", e + dt.timedelta(days=1), ""))
    if y == 2020:
        ev.append(("Early May bank holiday (VE day)", dt.date(2020, 5, 8), ""))
    else:
        ev.append(("Early May bank holiday", first_monday(y, 5), ""))
    if y == 2022:
        ev.append(("Spring bank holiday", dt.date(2022, 6, 2), ""))
        ev.append(("Platinum Jubilee bank holiday", dt.date(2022, 6, 3), ""))
    else:
        ev.append(("Spring bank holiday", last_monday(y, 5), ""))
    if y == 2023:
        ev.append(("Bank holiday for the coronation of King Charles III", dt.date(2023, 5, 8), ""))
    ev.append(("Summer bank holiday", last_monday(y, 8), ""))
    if y == 2022:
        ev.append(("Bank Holiday for the State Funeral of Queen Elizabeth II", dt.date(2022, 9, 19), ""))
    xmas = dt.date(y, 12, 25)
    wd = xmas.weekday()
    if wd == 5:    # Saturday: both move to Monday and Tuesday
        ev += [("Christmas Day", dt.date(y, 12, 27), "Substitute day"), ("Boxing Day", dt.date(y, 12, 28), "Substitute day")]
    elif wd == 6:  # Sunday: Boxing Day Monday, Christmas substitute Tuesday
        ev += [("Christmas Day", dt.date(y, 12, 27), "Substitute day"), ("Boxing Day", dt.date(y, 12, 26), "")]
    elif wd == 4:  # Friday: Boxing Day falls on Saturday
        ev += [("Christmas Day", xmas, ""), ("Boxing Day", dt.date(y, 12, 28), "Substitute day")]
    else:
        ev += [("Christmas Day", xmas, ""), ("Boxing Day", dt.date(y, 12, 26), "")]
    return ev

events = []
for y in range(2013, 2028):
    for title, d, notes in sorted(year(y), key=lambda t: t[1]):
        events.append({"title": title, "date": d.isoformat(), "notes": notes, "bunting": True})
out = {"england-and-wales": {"division": "england-and-wales", "events": events}}
path = sys.argv[1] if len(sys.argv) > 1 else "Sources/HearthCore/Resources/reference/bank-holidays.json"
with open(path, "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(len(events), "bank holidays written")
