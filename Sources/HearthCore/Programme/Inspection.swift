/// One Ofsted inspection or visit of the authority's children's services, with its grades and
/// the findings it made.
public struct Inspection: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case standard = "standard inspection"
        case short = "short inspection"
        case focusedVisit = "focused visit"
        case monitoringVisit = "monitoring visit"
        case jtai = "JTAI"

        /// Reads Ofsted's "Inspection type" ("ILACS Standard Inspection", "ILACS Focused Visit"…).
        public init?(ofstedText text: String) {
            let t = text.lowercased()
            if t.contains("standard") { self = .standard }
            else if t.contains("short") { self = .short }
            else if t.contains("focused") { self = .focusedVisit }
            else if t.contains("monitoring") { self = .monitoringVisit }
            else if t.contains("jtai") || t.contains("joint targeted") { self = .jtai }
            else { return nil }
        }

        /// Inspections are graded; visits are not.
        public var isGraded: Bool { self == .standard || self == .short }
    }

    /// The four ILACS judgements (overall effectiveness is kept apart: optional from April 2026).
    public struct Judgements: Sendable, Hashable, Codable {
        public var impactOfLeaders: OfstedGrade?
        public var helpAndProtection: OfstedGrade?
        public var childrenInCare: OfstedGrade?
        public var careLeavers: OfstedGrade?

        public init(impactOfLeaders: OfstedGrade? = nil, helpAndProtection: OfstedGrade? = nil,
                    childrenInCare: OfstedGrade? = nil, careLeavers: OfstedGrade? = nil) {
            self.impactOfLeaders = impactOfLeaders
            self.helpAndProtection = helpAndProtection
            self.childrenInCare = childrenInCare
            self.careLeavers = careLeavers
        }
    }

    public let id: String
    public var kind: Kind
    public var startDate: Day
    public var endDate: Day?
    public var publishedDate: Day?
    public var reportURL: String?
    public var overallEffectiveness: OfstedGrade?
    public var judgements: Judgements
    public var findings: [Finding]

    public init(id: String, kind: Kind, startDate: Day, endDate: Day? = nil, publishedDate: Day? = nil, reportURL: String? = nil,
                overallEffectiveness: OfstedGrade? = nil, judgements: Judgements = .init(), findings: [Finding] = []) {
        self.id = id
        self.kind = kind
        self.startDate = startDate
        self.endDate = endDate
        self.publishedDate = publishedDate
        self.reportURL = reportURL
        self.overallEffectiveness = overallEffectiveness
        self.judgements = judgements
        self.findings = findings
    }

    public var hasPriorityActions: Bool { findings.contains { $0.kind == .areaForPriorityAction } }
}
