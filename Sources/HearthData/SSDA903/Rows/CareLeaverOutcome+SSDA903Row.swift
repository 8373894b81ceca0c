import HearthCore

extension CareLeaverOutcome: SSDA903Row {
    static var table: SSDA903Table { .oc3 }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        let birthDate = d.day("DOB", &log)
        let inTouch = d.code("IN_TOUCH", SSDA903Codes.inTouch, &log)
        let activity = d.code("ACTIV", SSDA903Codes.activity, &log)
        // ACCOM is a letter plus a suitability digit, so it has no flat code list to check against.
        let accommodation = d.text("ACCOM")
        if let accommodation, !SSDA903Codes.isValidAccommodation(accommodation) {
            log.add(.warning, line: d.line, field: "ACCOM",
                    "unknown code \"\(accommodation)\" (not an accommodation letter followed by 1 or 2)")
        }
        self.init(childID: childID, birthDate: birthDate, inTouch: inTouch, activity: activity,
                  accommodation: accommodation)
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(birthDate)
        row.text(inTouch)
        row.text(activity)
        row.text(accommodation)
    }
}
