import HearthCore

extension LookedAfterChild: SSDA903Row {
    static var table: SSDA903Table { .header }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  sex: d.code("SEX", SSDA903Codes.sex, &log),
                  birthDate: d.day("DOB", &log),
                  ethnicity: d.code("ETHNIC", Ethnicity.codes, &log),
                  upn: d.text("UPN"),
                  isMother: d.flag("MOTHER", &log),
                  childsChildBirthDate: d.day("MC_DOB", &log))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.text(sex)
        row.day(birthDate)
        row.text(ethnicity)
        row.text(upn)
        row.flag(isMother)
        row.day(childsChildBirthDate)
    }
}
