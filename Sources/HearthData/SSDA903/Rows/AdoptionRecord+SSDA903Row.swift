import HearthCore

extension AdoptionRecord: SSDA903Row {
    static var table: SSDA903Table { .ad1 }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  birthDate: d.day("DOB", &log),
                  dateOfDecision: d.day("DATE_INT", &log),
                  dateMatched: d.day("DATE_MATCH", &log),
                  fosterCareAdoption: d.flag("FOSTER_CARE", &log),
                  numberOfAdopters: d.int("NB_ADOPTR", &log, range: 1...2),
                  sexOfAdopters: d.text("SEX_ADOPTR"),
                  legalStatusOfAdopters: d.text("LS_ADOPTR"))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(birthDate)
        row.day(dateOfDecision)
        row.day(dateMatched)
        row.flag(fosterCareAdoption)
        row.int(numberOfAdopters)
        row.text(sexOfAdopters)
        row.text(legalStatusOfAdopters)
    }

    // The decision precedes the match, so it only counts when the match date is missing.
    var latestEventDate: Day? { latest(dateOfDecision, dateMatched) }
}
