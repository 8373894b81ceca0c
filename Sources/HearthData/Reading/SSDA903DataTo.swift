import HearthCore

/// The day an SSDA903 return runs to. The 903 has no header that dates it: the statutory return
/// is the whole year to 31 March, and an extract a case system writes part-way through the year
/// in the same layout simply stops. In order of trust:
/// 1. the day the user gave (`--data-to`, the upload form's "Data to");
/// 2. the reference date of an in-year CIN census of the same year read with it (one extract);
/// 3. for a year that has not yet ended, the latest day any of its tables records — said in a
///    warning, since a quiet last week would make it early;
/// otherwise the whole year. The months after that day are then never counted as empty months.
struct SSDA903DataTo {
    let given: Day?
    let census: CINCensus?
    let today: Day

    func resolve(_ r: SSDA903Return, problems: inout [DataProblem]) -> SSDA903Return {
        if let given {
            if given < r.periodStart || given > r.periodEnd {
                problems.append(DataProblem(.error, file: "SSDA903", field: "Data to", message:
                    "the data-to day \(given.uk) is not in the SSDA903 year \(label(r)) (\(r.periodStart.uk) to \(r.periodEnd.uk)); it was not used"))
                return r
            }
            return r.extract(to: given)
        }
        if let census, census.header.year == r.collectionYear, census.isInYear {
            return r.extract(to: census.referenceDate)
        }
        // Only a year that is running today can be part-read; its tables' latest day must be in it.
        guard r.periodStart <= today, today <= r.periodEnd, let last = r.latestRecordedDay, last >= r.periodStart else { return r }
        problems.append(DataProblem(.warning, file: "SSDA903", field: "Data to", message:
            "the SSDA903 year \(label(r)) has not ended: read as an extract to \(last.uk), the latest day its tables record; "
            + "if the extract runs later, give its day as \"Data to\" on the upload form (or --data-to)"))
        return r.extract(to: last)
    }

    private func label(_ r: SSDA903Return) -> String { ReportingPeriod.financialYear(r.collectionYear).label }
}
