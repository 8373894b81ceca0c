/// How a board's pack is put together: which sections it receives and what its cover says.
/// Set once per board and used for every meeting's pack.
public struct PackSettings: Sendable, Hashable, Codable {
    public var boardID: String
    /// The sections in the pack, always in `PackSection` order whatever order they were chosen in.
    public var sections: [PackSection]
    /// "Report to" on the cover: the board or committee as the constitution names it.
    public var reportTo: String
    public var reportingOfficer: String
    public var portfolio: String
    public var wards: String
    public var purpose: String
    /// One recommendation a line ("That the report be noted.").
    public var recommendation: String

    public init(boardID: String, sections: [PackSection], reportTo: String, reportingOfficer: String = "", portfolio: String = "",
                wards: String = "All wards", purpose: String = "", recommendation: String = "") {
        self.boardID = boardID
        self.sections = PackSection.allCases.filter(sections.contains)
        self.reportTo = reportTo
        self.reportingOfficer = reportingOfficer
        self.portfolio = portfolio
        self.wards = wards
        self.purpose = purpose
        self.recommendation = recommendation
    }

    /// What a board receives until someone sets it: the full pack for improvement boards and
    /// scrutiny; for the corporate parenting board the children in care and care leavers focus.
    public static func defaults(for board: Board) -> PackSettings {
        switch board.kind {
        case .corporateParenting:
            return PackSettings(
                boardID: board.id, sections: [.cover, .childrenInCare, .careLeavers, .sufficiency, .arising, .implications],
                reportTo: board.name, portfolio: "Children and Young People",
                purpose: "To update the board on how well the council, as corporate parent, meets the needs of the children "
                    + "in its care and of its care leavers: their health, stability, safety, education and accommodation.",
                recommendation: "That the report be noted.")
        case .improvement, .scrutiny, .other:
            return PackSettings(
                boardID: board.id, sections: PackSection.allCases, reportTo: board.name, portfolio: "Children and Young People",
                purpose: "To report progress against the children's services improvement plan: the regulatory position, the "
                    + "plan's actions, performance against England and statistical neighbours, the workforce, and placements and their cost.",
                recommendation: "That the report be noted.")
        }
    }

    /// The recommendation's lines, without blank ones.
    public var recommendations: [String] {
        recommendation.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
