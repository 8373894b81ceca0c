/// One column of an Annex A list as Ofsted's guidance names it.
public struct AnnexAColumn: Sendable, Equatable {
    /// How the column's values are read and checked.
    public enum Kind: Sendable, Equatable {
        case text
        /// `dd/mm/yyyy` (also `d/m/yyyy`, ISO, or an Excel serial number in a workbook).
        case date
        case integer
        /// One of a fixed set; anything else is kept with a warning.
        case choice(AnnexAValueSet)
    }

    /// The heading as written in the guidance and written by `AnnexAWriter`.
    public let heading: String
    /// Other headings seen in real returns that mean the same column.
    public let aliases: [String]
    public let kind: Kind
    /// A key column must be present for a sheet to be recognised as its list; other columns
    /// may be missing (read as blank, with a warning).
    public let isKey: Bool

    public init(_ heading: String, _ kind: Kind = .text, aliases: [String] = [], key: Bool = false) {
        self.heading = heading
        self.aliases = aliases
        self.kind = kind
        self.isKey = key
    }

    /// The heading and its aliases in comparison form.
    public var normalisedNames: [String] {
        ([heading] + aliases).map(AnnexAHeading.normalised)
    }

    public var isDate: Bool { kind == .date }
}
