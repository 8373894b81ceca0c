/// A table of text with a header row.
///
/// The table has as many columns as its widest row (header included); shorter rows are padded
/// with empty cells. A table with no rows shows its header alone; one with no cells at all is
/// left out of the document.
public struct DocxTable: Sendable, Equatable {
    /// Column headings, repeated at the top of each page the table runs onto. Empty for none.
    public var header: [String]
    public var rows: [[DocxCell]]
    /// Each column's share of the text width. They are scaled to fill the width, so they need
    /// only be roughly 1 in sum; when `nil`, or not one positive number per column, the
    /// columns share the width equally.
    public var columnWidths: [Double]?
    /// Zero-based indices of columns whose header and cells are right-aligned, so figures line
    /// up by their units.
    public var numericColumns: Set<Int>
    /// Kept on one page (each row stays with the next): for a table short enough to fit one.
    public var keepTogether: Bool

    public init(header: [String], rows: [[DocxCell]], columnWidths: [Double]? = nil, numericColumns: Set<Int> = [], keepTogether: Bool = false) {
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
        self.numericColumns = numericColumns
        self.keepTogether = keepTogether
    }
}
