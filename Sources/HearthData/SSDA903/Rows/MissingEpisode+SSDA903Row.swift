import HearthCore

extension MissingEpisode: SSDA903Row {
    static var table: SSDA903Table { .missing }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  birthDate: d.day("DOB", &log),
                  kind: d.code("MISSING", SSDA903Codes.missing, &log),
                  startDate: d.day("MIS_START", &log),
                  endDate: d.day("MIS_END", &log))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(birthDate)
        row.text(kind)
        row.day(startDate)
        row.day(endDate)
    }

    var latestEventDate: Day? { latest(startDate, endDate) }
    var latestEventField: String? { endDate.map { $0 >= (startDate ?? $0) } == true ? "MIS_END" : "MIS_START" }
}
