import HearthCore

/// A board without its members.
struct BoardRow: KeyedRow {
    static let table = "boards"
    static let columns = ["id", "kind", "name", "chair", "secretary", "cadence_weeks", "terms_of_reference", "ended", "succeeded_by"]
    static let key = ["id"]

    let id: String
    let kind: String
    let name: String
    let chair: String
    let secretary: String
    let cadenceWeeks: Int
    let termsOfReference: String?
    let ended: String?
    let succeededBy: String?

    init(_ b: Board) {
        id = b.id
        kind = b.kind.rawValue
        name = b.name
        chair = b.chair
        secretary = b.secretary
        cadenceWeeks = b.cadenceWeeks
        termsOfReference = b.termsOfReference
        ended = SQLValue.day(b.ended)
        succeededBy = b.succeededBy
    }

    var values: RowValues { [id, kind, name, chair, secretary, cadenceWeeks, termsOfReference, ended, succeededBy] }

    func board(members: [BoardMember]) throws -> Board {
        Board(id: id, kind: try SQLValue.code(kind, of: "board \(id)"), name: name, chair: chair, members: members,
              secretary: secretary, cadenceWeeks: cadenceWeeks, termsOfReference: termsOfReference ?? "",
              ended: try SQLValue.day(ended, of: "board \(id)"), succeededBy: succeededBy)
    }
}

struct BoardMemberRow: AuthorityRow {
    static let table = "board_members"
    static let columns = ["board_id", "seq", "name", "role"]

    let boardId: String
    let seq: Int
    let name: String
    /// nil for members saved before roles were kept: plain members.
    let role: String?

    init(boardId: String, seq: Int, member: BoardMember) {
        self.boardId = boardId
        self.seq = seq
        name = member.name
        role = member.role.rawValue
    }

    var values: RowValues { [boardId, seq, name, role] }

    func member() throws -> BoardMember {
        BoardMember(name: name, role: try role.map { try SQLValue.code($0, of: "member \(name) of board \(boardId)") } ?? .member)
    }
}
