import HearthCore

extension CareEpisode: SSDA903Row {
    static var table: SSDA903Table { .episodes }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  startDate: d.day("DECOM", &log),
                  reasonForNewEpisode: d.code("RNE", SSDA903Codes.reasonForNewEpisode, &log),
                  legalStatus: d.code("LS", SSDA903Codes.legalStatus, &log),
                  categoryOfNeed: d.code("CIN", SSDA903Codes.categoryOfNeed, &log),
                  placement: d.code("PLACE", SSDA903Codes.placement, &log),
                  placementProvider: d.code("PLACE_PROVIDER", SSDA903Codes.placementProvider, &log),
                  endDate: d.day("DEC", &log),
                  reasonEpisodeCeased: d.code("REC", SSDA903Codes.reasonEpisodeCeased, &log),
                  reasonPlacementChanged: d.code("REASON_PLACE_CHANGE", SSDA903Codes.reasonPlacementChanged, &log),
                  homePostcode: d.text("HOME_POST"),
                  placementPostcode: d.text("PL_POST"),
                  urn: d.text("URN"))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(startDate)
        row.text(reasonForNewEpisode)
        row.text(legalStatus)
        row.text(categoryOfNeed)
        row.text(placement)
        row.text(placementProvider)
        row.day(endDate)
        row.text(reasonEpisodeCeased)
        row.text(reasonPlacementChanged)
        row.text(homePostcode)
        row.text(placementPostcode)
        row.text(urn)
    }

    var latestEventDate: Day? { latest(startDate, endDate) }
    var latestEventField: String? { endDate.map { $0 >= (startDate ?? $0) } == true ? "DEC" : "DECOM" }
}
