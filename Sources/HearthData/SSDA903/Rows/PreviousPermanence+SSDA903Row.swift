import HearthCore

extension PreviousPermanence: SSDA903Row {
    static var table: SSDA903Table { .previousPermanence }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        // DATE_PERM may be partial (zz/mm/yyyy), so it stays text and is not checked here.
        self.init(childID: childID,
                  birthDate: d.day("DOB", &log),
                  previousPermanence: d.text("PREV_PERM"),
                  authority: d.text("LA_PERM"),
                  datePermanence: d.text("DATE_PERM"))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(birthDate)
        row.text(previousPermanence)
        row.text(authority)
        row.text(datePermanence)
    }
}
