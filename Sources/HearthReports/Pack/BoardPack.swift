import HearthCore

/// A board pack ready to render: every figure already formatted and suppressed, every section
/// in the order the board reads it. HTML, PDF and DOCX are all drawn from this one value, so
/// the three formats cannot disagree.
public struct BoardPack: Sendable, Equatable {
    public var title: String
    /// The council, as the cover names it.
    public var authority: String
    public var cover: PackCover
    public var sections: [PackSectionContent]
    /// Where the figures come from: the data period, the submissions and when they were computed.
    public var sources: [String]
    /// The footer every page carries.
    public var footer: String

    public init(title: String, authority: String, cover: PackCover, sections: [PackSectionContent], sources: [String], footer: String) {
        self.title = title
        self.authority = authority
        self.cover = cover
        self.sections = sections
        self.sources = sources
        self.footer = footer
    }

    /// Every word of the pack as plain text, for searching it (tests scan this for child identifiers).
    public var plainText: String {
        var out = [title, authority] + cover.facts.flatMap { [$0.key, $0.value] } + cover.purpose + cover.recommendations + sources
        for section in sections {
            out.append(section.title)
            out += section.blocks.flatMap(\.plainText)
        }
        for (letter, section) in appendices {
            out.append("Appendix \(letter): \(section.appendixTitle)")
            out += section.appendix.flatMap(\.plainText)
        }
        return out.joined(separator: "\n")
    }

    /// The sections that have detail for the appendices, each with its letter (A, B, …) in the
    /// order the sections come: the pack proper says where its detail is by this letter.
    public var appendices: [(letter: String, section: PackSectionContent)] {
        Self.appendices(sections)
    }

    public static func appendices(_ sections: [PackSectionContent]) -> [(letter: String, section: PackSectionContent)] {
        sections.filter { !$0.appendix.isEmpty }.enumerated().map { (Self.letter($0.offset), $0.element) }
    }

    /// A, B, … Z, then AA, AB: a pack never has that many, but a letter is never repeated.
    static func letter(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : String(letters[index / 26 - 1]) + String(letters[index % 26])
    }
}

/// The cover of a council report.
public struct PackCover: Sendable, Equatable {
    /// "Report to", "Date of meeting", "Reporting officer", "Portfolio", "Wards affected", …
    public var facts: [PackKeyValue]
    public var purpose: [String]
    public var recommendations: [String]

    public init(facts: [PackKeyValue], purpose: [String], recommendations: [String]) {
        self.facts = facts
        self.purpose = purpose
        self.recommendations = recommendations
    }
}

/// One numbered section of the pack: what the board reads in the pack proper, and the detail
/// behind it, which goes to an appendix so the pack proper stays short enough to be read.
public struct PackSectionContent: Sendable, Equatable {
    public var kind: PackSection
    public var title: String
    public var blocks: [PackBlock]
    /// The detail printed after the pack proper, under "Appendix X: \(appendixTitle)".
    public var appendix: [PackBlock]
    public var appendixTitle: String

    public init(kind: PackSection, title: String? = nil, blocks: [PackBlock], appendix: [PackBlock] = [], appendixTitle: String? = nil) {
        self.kind = kind
        self.title = title ?? kind.title
        self.blocks = blocks
        self.appendix = appendix
        self.appendixTitle = appendixTitle ?? "\(title ?? kind.title) in detail"
    }
}

public struct PackKeyValue: Sendable, Equatable {
    public var key: String
    public var value: String

    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}
