import HearthCore

extension SocialWorkerEpisode: SSDA903Row {
    static var table: SSDA903Table { .socialWorkerEpisodes }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  birthDate: d.day("DOB", &log),
                  socialWorkerID: d.text("SW_ID"),
                  startDate: d.day("SW_DECOM", &log),
                  endDate: d.day("SW_DEC", &log),
                  reasonForChange: d.code("SW_REASON", SSDA903Codes.socialWorkerReason, &log))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(birthDate)
        row.text(socialWorkerID)
        row.day(startDate)
        row.day(endDate)
        row.text(reasonForChange)
    }

    var latestEventDate: Day? { latest(startDate, endDate) }
    var latestEventField: String? { endDate.map { $0 >= (startDate ?? $0) } == true ? "SW_DEC" : "SW_DECOM" }
}
