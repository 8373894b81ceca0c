/// One piece of a section's content. Kept to what both a web page and a Word document can show,
/// so each renderer is a straight mapping.
public enum PackBlock: Sendable, Equatable {
    case subheading(String)
    /// Paragraphs of prose; a blank line in officers' text starts a new one.
    case paragraph(String)
    case bullets([String])
    case facts([PackKeyValue])
    case table(PackTable)
    /// Indicator tiles: value, target and RAG at a glance.
    case tiles([PackTile])
    /// A chart as SVG for HTML and PDF, with the same figures as a table for Word and for
    /// readers who cannot see the chart.
    case chart(PackChart)
    /// Small print: sources, definitions, what "c" means.
    case note(String)

    var plainText: [String] {
        switch self {
        case .subheading(let s), .paragraph(let s), .note(let s): [s]
        case .bullets(let items): items
        case .facts(let facts): facts.flatMap { [$0.key, $0.value] }
        case .table(let t): t.plainText
        case .tiles(let tiles): tiles.flatMap { [$0.title, $0.value, $0.detail, $0.comparison] + ($0.commentary.map { [$0] } ?? []) }
        case .chart(let c): [c.caption] + c.table.plainText
        }
    }
}

/// Red, amber, green as a pack shows them; `none` for figures with no target.
public enum PackRAG: String, Sendable, Equatable {
    case red, amber, green, none, complete
}

public struct PackTable: Sendable, Equatable {
    public var caption: String?
    public var header: [String]
    public var rows: [[PackCell]]
    /// Columns of figures, right-aligned.
    public var numericColumns: Set<Int>

    public init(caption: String? = nil, header: [String], rows: [[PackCell]], numericColumns: Set<Int> = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
    }

    var plainText: [String] { (caption.map { [$0] } ?? []) + header + rows.flatMap { $0.map(\.text) } }

    /// Each column's share of the width: by the longest thing it holds (within limits, so a long
    /// sentence does not squeeze the figures out). Word is given these widths; the page's
    /// browser finds much the same ones itself.
    public var columnShares: [Double] {
        let weights = header.indices.map { c -> Double in
            let longest = ([header[c].split(separator: " ").map(\.count).max() ?? 0] + rows.map { $0.indices.contains(c) ? $0[c].text.count : 0 }).max() ?? 0
            return Double(min(max(longest, 13), 45))
        }
        let total = weights.reduce(0, +)
        return total > 0 ? weights.map { $0 / total } : weights
    }

    /// Whether the table is longer than a third of a page and may run on to the next.
    public var mayBreak: Bool { estimatedLines > 24 }

    /// About how many lines of text the table takes on an A4 page (some 95 characters to a
    /// line of table text): enough to tell a table that fits on a part of a page from one that
    /// must run over.
    public var estimatedLines: Int {
        let chars = columnShares.map { max(1, Int($0 * 95)) }
        func lines(_ texts: [String]) -> Int {
            texts.enumerated().map { c, text in c < chars.count ? (text.count + chars[c] - 1) / chars[c] : 1 }.max() ?? 1
        }
        return lines(header) + rows.map { lines($0.map(\.text)) }.reduce(0, +)
    }
}

public struct PackCell: Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public var bold: Bool
    public var rag: PackRAG?

    public init(_ text: String, bold: Bool = false, rag: PackRAG? = nil) {
        self.text = text
        self.bold = bold
        self.rag = rag
    }

    public init(stringLiteral value: String) { self.init(value) }
}

public struct PackTile: Sendable, Equatable {
    public var title: String
    public var value: String
    public var rag: PackRAG
    /// Period, target and direction of travel in words.
    public var detail: String
    /// England and the statistical neighbours.
    public var comparison: String
    public var commentary: String?

    public init(title: String, value: String, rag: PackRAG, detail: String, comparison: String, commentary: String? = nil) {
        self.title = title
        self.value = value
        self.rag = rag
        self.detail = detail
        self.comparison = comparison
        self.commentary = commentary
    }
}

public struct PackChart: Sendable, Equatable {
    public var caption: String
    public var svg: String
    public var table: PackTable

    public init(caption: String, svg: String, table: PackTable) {
        self.caption = caption
        self.svg = svg
        self.table = table
    }
}

extension PackBlock {
    /// Whether the block may run over a page break: a long table (`PackTable.mayBreak`), which runs
    /// on to the next page rather than leave most of this one empty.
    public var mayBreak: Bool {
        if case .table(let t) = self { return t.mayBreak }
        return false
    }

    /// The blocks cut into runs each printed on one page: a subheading and the few lines that
    /// introduce a table, chart, tile set or list go with it, so a heading is never left at the
    /// foot of a page apart from what it heads. A longer run of prose keeps only its last two
    /// blocks with what follows (more would leave half-empty pages).
    public static func keepGroups(_ blocks: [PackBlock]) -> [[PackBlock]] {
        var groups: [[PackBlock]] = [], lead: [PackBlock] = []
        for block in blocks {
            switch block {
            case .subheading:
                if !lead.isEmpty { groups.append(lead) }
                lead = [block]
            case .paragraph, .note:
                lead.append(block)
            case .bullets, .facts, .table, .tiles, .chart:
                if lead.count > 3 {
                    groups.append(Array(lead.dropLast(2)))
                    lead = Array(lead.suffix(2))
                }
                groups.append(lead + [block])
                lead = []
            }
        }
        if !lead.isEmpty { groups.append(lead) }
        return groups
    }
}
