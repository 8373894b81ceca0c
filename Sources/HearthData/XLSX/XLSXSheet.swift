/// A sheet to write: its name and its rows of cells (nil for an empty cell).
public struct XLSXSheet: Sendable, Equatable {
    public let name: String
    public let rows: [[XLSXCellValue?]]

    public init(name: String, rows: [[XLSXCellValue?]]) {
        self.name = name
        self.rows = rows
    }
}
