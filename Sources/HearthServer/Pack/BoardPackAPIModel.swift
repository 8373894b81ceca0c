import HearthReports

/// The board pack as JSON (`GET /api/v1/programme/meetings/{id}/pack`): the same sections and
/// figures as the HTML and Word packs, each block tagged with its type; charts are given as their
/// tables of figures.
struct BoardPackAPIModel: Encodable {
    struct Fact: Encodable { let key: String; let value: String }
    struct Cover: Encodable { let facts: [Fact]; let purpose: [String]; let recommendations: [String] }
    struct Table: Encodable { let caption: String?; let header: [String]; let rows: [[String]] }
    struct Tile: Encodable { let title: String; let value: String; let rag: String; let detail: String; let comparison: String }
    struct Block: Encodable {
        let type: String
        var text: String?
        var items: [String]?
        var facts: [Fact]?
        var table: Table?
        var tiles: [Tile]?
    }
    struct Section: Encodable { let kind: String; let title: String; let blocks: [Block] }
    /// The detail behind a section, printed after the pack proper.
    struct Appendix: Encodable { let letter: String; let section: String; let title: String; let blocks: [Block] }

    let title: String
    let authority: String
    let cover: Cover
    let sections: [Section]
    let sources: [String]
    let appendices: [Appendix]

    init(_ pack: BoardPack) {
        title = pack.title
        authority = pack.authority
        cover = Cover(facts: pack.cover.facts.map(Self.fact), purpose: pack.cover.purpose, recommendations: pack.cover.recommendations)
        sections = pack.sections.filter { $0.kind != .cover }.map { s in
            Section(kind: s.kind.rawValue, title: s.title, blocks: s.blocks.map(Self.block))
        }
        sources = pack.sources
        appendices = pack.appendices.map { letter, s in
            Appendix(letter: letter, section: s.kind.rawValue, title: s.appendixTitle, blocks: s.appendix.map(Self.block))
        }
    }

    private static func fact(_ f: PackKeyValue) -> Fact { Fact(key: f.key, value: f.value) }

    private static func table(_ t: PackTable) -> Table { Table(caption: t.caption, header: t.header, rows: t.rows.map { $0.map(\.text) }) }

    private static func block(_ b: PackBlock) -> Block {
        switch b {
        case .subheading(let s): Block(type: "subheading", text: s)
        case .paragraph(let s): Block(type: "paragraph", text: s)
        case .note(let s): Block(type: "note", text: s)
        case .bullets(let items): Block(type: "bullets", items: items)
        case .facts(let facts): Block(type: "facts", facts: facts.map(fact))
        case .table(let t): Block(type: "table", table: table(t))
        case .chart(let c): Block(type: "chart", text: c.caption, table: table(c.table))
        case .tiles(let tiles):
            Block(type: "tiles", tiles: tiles.map { Tile(title: $0.title, value: $0.value, rag: $0.rag.rawValue, detail: $0.detail, comparison: $0.comparison) })
        }
    }
}
