import HearthCore

extension HealthOutcome: SSDA903Row {
    static var table: SSDA903Table { .oc2 }

    init(childID: String, fields d: inout SSDA903FieldCursor, log: inout ProblemLog) {
        self.init(childID: childID,
                  birthDate: d.day("DOB", &log),
                  sdqScore: d.int("SDQ_SCORE", &log, range: 0...40),
                  sdqReason: d.text("SDQ_REASON"),
                  convicted: d.flag("CONVICTED", &log),
                  healthCheck: d.flag("HEALTH_CHECK", &log),
                  immunisations: d.flag("IMMUNISATIONS", &log),
                  teethCheck: d.flag("TEETH_CHECK", &log),
                  healthAssessment: d.flag("HEALTH_ASSESSMENT", &log),
                  substanceMisuse: d.flag("SUBSTANCE_MISUSE", &log),
                  interventionReceived: d.flag("INTERVENTION_RECEIVED", &log),
                  interventionOffered: d.flag("INTERVENTION_OFFERED", &log))
    }

    func encode(into row: inout CSVRowEncoder) {
        row.text(childID)
        row.day(birthDate)
        row.int(sdqScore)
        row.text(sdqReason)
        row.flag(convicted)
        row.flag(healthCheck)
        row.flag(immunisations)
        row.flag(teethCheck)
        row.flag(healthAssessment)
        row.flag(substanceMisuse)
        row.flag(interventionReceived)
        row.flag(interventionOffered)
    }
}
