/// SSDA903 OC2: outcomes for children looked after continuously for 12 months at 31 March.
public struct HealthOutcome: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DOB`
    public let birthDate: Day?
    /// `SDQ_SCORE`: 0–40, for ages 4–16.
    public let sdqScore: Int?
    /// `SDQ_REASON`: SDQ1–SDQ5, why no score.
    public let sdqReason: String?
    /// `CONVICTED`
    public let convicted: Bool?
    /// `HEALTH_CHECK`: annual health assessment up to date.
    public let healthCheck: Bool?
    /// `IMMUNISATIONS` up to date.
    public let immunisations: Bool?
    /// `TEETH_CHECK`: dental check.
    public let teethCheck: Bool?
    /// `HEALTH_ASSESSMENT`: development assessments up to date (under 5s).
    public let healthAssessment: Bool?
    /// `SUBSTANCE_MISUSE`
    public let substanceMisuse: Bool?
    /// `INTERVENTION_RECEIVED`
    public let interventionReceived: Bool?
    /// `INTERVENTION_OFFERED`
    public let interventionOffered: Bool?

    public init(childID: String, birthDate: Day? = nil, sdqScore: Int? = nil, sdqReason: String? = nil, convicted: Bool? = nil, healthCheck: Bool? = nil, immunisations: Bool? = nil, teethCheck: Bool? = nil, healthAssessment: Bool? = nil, substanceMisuse: Bool? = nil, interventionReceived: Bool? = nil, interventionOffered: Bool? = nil) {
        self.childID = childID
        self.birthDate = birthDate
        self.sdqScore = sdqScore
        self.sdqReason = sdqReason
        self.convicted = convicted
        self.healthCheck = healthCheck
        self.immunisations = immunisations
        self.teethCheck = teethCheck
        self.healthAssessment = healthAssessment
        self.substanceMisuse = substanceMisuse
        self.interventionReceived = interventionReceived
        self.interventionOffered = interventionOffered
    }
}
