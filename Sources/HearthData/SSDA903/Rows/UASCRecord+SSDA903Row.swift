import HearthCore

extension UASCRecord: SSDA903Row {
    static var table: SSDA903Table { .uasc }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  sex: d.code("SEX", SSDA903Codes.sex, &log),
                  birthDate: d.day("DOB", &log),
                  dateCeasedUASC: d.day("DUC", &log))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.text(sex)
        row.day(birthDate)
        row.day(dateCeasedUASC)
    }
    // No event date: DUC is usually the 18th birthday and may lie after the year ends.
}
