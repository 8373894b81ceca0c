import HearthCore

/// The value of one worksheet cell.
public enum XLSXCellValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case bool(Bool)
    /// A number whose cell style is a date format, converted from Excel's serial date.
    case date(Day)
    /// An error value such as `#N/A`.
    case error(String)

    /// The value as text, the way a CSV export would show it: whole numbers without a decimal
    /// point, dates as dd/mm/yyyy, booleans as TRUE/FALSE.
    public var text: String {
        switch self {
        case .text(let s): return s
        case .number(let n): return XLSXCellValue.format(n)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.uk
        case .error(let e): return e
        }
    }

    static func format(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }
}

/// One row of a worksheet: its 1-based row number and its cells by 0-based column
/// (nil where the sheet has no cell; trailing empty cells are not included).
public struct XLSXRow: Sendable, Equatable {
    public let number: Int
    public let cells: [XLSXCellValue?]

    public init(number: Int, cells: [XLSXCellValue?]) {
        self.number = number
        self.cells = cells
    }

    public var isBlank: Bool { cells.allSatisfy { $0 == nil || $0 == .text("") } }
}
