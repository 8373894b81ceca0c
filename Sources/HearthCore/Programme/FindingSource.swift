/// Where findings come from other than Ofsted: the conditions of a DfE improvement notice, a DfE
/// adviser's review (the 12-month review of a notice sets priorities), a statutory direction's
/// requirements, a commissioner's recommendations, a peer review or a partner in practice's
/// support, or an independent chair or scrutineer. Each is dated, says who made it and, for a
/// review, its outcome; each may hang off the intervention it belongs to. Its findings are traced
/// to plan actions as Ofsted's are, so their ids share one namespace with inspections' findings.
public struct FindingSource: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case noticeConditions = "improvement notice conditions"
        case adviserReview = "DfE adviser review"
        case statutoryDirection = "statutory direction"
        case commissioner = "commissioner"
        case peerReview = "peer review"
        case partnerInPractice = "partner in practice"
        case independentChair = "independent chair or scrutineer"

        /// The finding kind a source of this kind mostly makes, offered first on its form.
        public var usualFinding: Finding.Kind {
            switch self {
            case .noticeConditions, .statutoryDirection: .condition
            case .adviserReview: .priority
            case .commissioner, .peerReview, .partnerInPractice, .independentChair: .recommendation
            }
        }
    }

    public let id: String
    public var kind: Kind
    public var title: String
    /// The day it was issued or held.
    public var date: Day
    /// Who made it: the DfE adviser, the commissioner, the partner authority, the chair.
    public var madeBy: String
    /// A review's outcome as it was given ("notice to remain; good progress on workforce").
    public var outcome: String?
    /// The intervention it belongs to (a notice's conditions, a review of that notice).
    public var interventionID: String?
    public var findings: [Finding]

    public init(id: String, kind: Kind, title: String, date: Day, madeBy: String = "", outcome: String? = nil,
                interventionID: String? = nil, findings: [Finding] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.madeBy = madeBy
        self.outcome = outcome
        self.interventionID = interventionID
        self.findings = findings
    }
}
