import HearthCore

/// What a file turned out to be, recognised by its content (never by its name).
public enum ReturnFileKind: Sendable, Hashable, Codable, CustomStringConvertible {
    case cinCensus
    case ssda903Table(SSDA903Table)
    case ssda903XML
    case annexAList(AnnexAList)
    case annexAWorkbook
    case workforceWorkers
    case workforceVacancies
    /// The council's staff list (one row per person, from HR).
    case workforceStaff
    /// The council's teams, establishment and caseload targets.
    case workforceTeams
    case recruitmentCampaigns
    /// The placement cost table: configuration read by the sufficiency measures, not a return.
    case placementCosts
    case unrecognised

    public var description: String {
        switch self {
        case .cinCensus: "CIN census (XML)"
        case .ssda903Table(let t): "SSDA903 \(t.title)"
        case .ssda903XML: "SSDA903 (XML)"
        case .annexAList(let l): "Annex A \(l.title)"
        case .annexAWorkbook: "Annex A workbook"
        case .workforceWorkers: "Workforce census: workers"
        case .workforceVacancies: "Workforce census: vacancies"
        case .workforceStaff: "Workforce: staff list"
        case .workforceTeams: "Workforce: teams"
        case .recruitmentCampaigns: "Workforce: recruitment campaigns"
        case .placementCosts: "Placement cost table"
        case .unrecognised: "not recognised"
        }
    }
}

/// A file seen while reading a set of returns, and what came of it.
public struct RecognisedFile: Sendable, Equatable, Codable {
    /// The file's name (not its full path).
    public let name: String
    public let kind: ReturnFileKind
    public let bytes: Int64
    /// Data rows (CSV records, XML children / rows) read from it.
    public let rows: Int
    /// For SSDA903: the collection year the file was assigned to.
    public let collectionYear: Int?

    public init(name: String, kind: ReturnFileKind, bytes: Int64, rows: Int, collectionYear: Int? = nil) {
        self.name = name
        self.kind = kind
        self.bytes = bytes
        self.rows = rows
        self.collectionYear = collectionYear
    }
}
