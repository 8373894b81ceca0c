import HearthCore

/// A board without its members.
struct BoardRow: KeyedRow {
    static let table = "boards"
    static let columns = ["id", "kind", "name", "chair", "secretary", "cadence_weeks"]
    static let key = ["id"]

    let id: String
    let kind: String
    let name: String
    let chair: String
    let secretary: String
    let cadenceWeeks: Int

    init(_ b: Board) {
        id = b.id
        kind = b.kind.rawValue
        name = b.name
        chair = b.chair
        secretary = b.secretary
        cadenceWeeks = b.cadenceWeeks
    }

    var values: RowValues { [id, kind, name, chair, secretary, cadenceWeeks] }

    func board(members: [String]) throws -> Board {
        Board(id: id, kind: try SQLValue.code(kind, of: "board \(id)"), name: name, chair: chair, members: members,
              secretary: secretary, cadenceWeeks: cadenceWeeks)
    }
}

struct BoardMemberRow: AuthorityRow {
    static let table = "board_members"
    static let columns = ["board_id", "seq", "name"]

    let boardId: String
    let seq: Int
    let name: String

    var values: RowValues { [boardId, seq, name] }
}
