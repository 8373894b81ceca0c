import HearthCore

extension CareReview: SSDA903Row {
    static var table: SSDA903Table { .reviews }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  birthDate: d.day("DOB", &log),
                  reviewDate: d.day("REVIEW", &log),
                  participation: d.code("REVIEW_CODE", SSDA903Codes.reviewParticipation, &log))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(birthDate)
        row.day(reviewDate)
        row.text(participation)
    }

    var latestEventDate: Day? { reviewDate }
    var latestEventField: String? { "REVIEW" }
}
