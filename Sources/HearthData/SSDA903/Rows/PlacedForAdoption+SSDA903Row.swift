import HearthCore

extension PlacedForAdoption: SSDA903Row {
    static var table: SSDA903Table { .placedForAdoption }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  birthDate: d.day("DOB", &log),
                  datePlaced: d.day("DATE_PLACED", &log),
                  dateDecisionCeased: d.day("DATE_PLACED_CEASED", &log),
                  reasonCeased: d.text("REASON_PLACED_CEASED"))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(birthDate)
        row.day(datePlaced)
        row.day(dateDecisionCeased)
        row.text(reasonCeased)
    }

    var latestEventDate: Day? { latest(datePlaced, dateDecisionCeased) }
}
