import HearthCore

/// Writes the workforce CSVs read by `WorkforceCSVReader`. Deterministic: workers in the order
/// given, vacancies sorted by team.
public enum WorkforceCSVWriter {
    public static func workers(_ workers: [SocialWorker]) -> String {
        CSVWriter.table(headings: WorkforceColumns.workerHeadings, rows: workers.map { w in
            [w.workerID, flag(w.isAgency), number(w.fte), w.team ?? "", w.role ?? "", w.birthDate?.uk ?? "",
             w.sex ?? "", w.ethnicity ?? "", w.roleStartDate?.uk ?? "", w.roleEndDate?.uk ?? "",
             w.startOrigin ?? "", w.reasonLeft ?? "", w.isNewlyQualified.map(flag) ?? "",
             w.cases.map(String.init) ?? "", w.workingDaysLost.map(number) ?? "",
             w.absentAtCensus.map(flag) ?? "", w.reasonAbsent ?? ""]
        })
    }

    public static func vacancies(_ vacanciesFTE: [String: Double]) -> String {
        CSVWriter.table(headings: WorkforceColumns.vacancyHeadings,
                        rows: vacanciesFTE.keys.sorted().map { [$0, number(vacanciesFTE[$0] ?? 0)] })
    }

    private static func flag(_ b: Bool) -> String { b ? "1" : "0" }

    /// Shortest text that reads back to the same Double; whole numbers without ".0".
    private static func number(_ n: Double) -> String { XLSXCellValue.format(n) }
}
