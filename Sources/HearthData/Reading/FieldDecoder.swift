import HearthCore

/// Turns the text fields of one row into typed values, logging a problem (with line and field)
/// for every value it cannot use. Shared by the SSDA903, Annex A and workforce readers.
public struct FieldDecoder {
    public let line: Int
    public let element: String?
    private let values: [String]
    private let columns: [String: Int]

    public init(line: Int, element: String? = nil, values: [String], columns: [String: Int]) {
        self.line = line
        self.element = element
        self.values = values
        self.columns = columns
    }

    /// A column resolved to its position once per file, so decoding a row by `Column` costs no
    /// dictionary lookup per field (at hundreds of thousands of rows that was a fifth of the time).
    public struct Column: Sendable {
        /// The canonical name, used in problem messages.
        public let name: String
        /// The position in the row, nil when the file has no such column.
        public let index: Int?

        /// A column at a known position (nil: absent from this file).
        public init(name: String, index: Int?) {
            self.name = name
            self.index = index
        }

        /// `names` resolved against a file's column positions (as from `ColumnMap.positions(of:)`).
        public static func resolve(_ names: [String], in positions: [String: Int]) -> [Column] {
            names.map { Column(name: $0, index: positions[$0]) }
        }
    }

    /// The trimmed text of a column, nil when blank or absent.
    public func text(_ column: String) -> String? { text(Column(name: column, index: columns[column])) }

    /// A `dd/mm/yyyy` date (ISO also accepted, as some systems write it).
    public func day(_ column: String, _ log: inout ProblemLog) -> Day? {
        day(Column(name: column, index: columns[column]), &log)
    }

    /// A code checked against its DfE list; unknown codes are kept with a warning.
    public func code(_ column: String, _ list: CodeList, _ log: inout ProblemLog) -> String? {
        code(Column(name: column, index: columns[column]), list, &log)
    }

    /// A 0/1 flag (also true/false, Y/N, yes/no).
    public func flag(_ column: String, _ log: inout ProblemLog) -> Bool? {
        flag(Column(name: column, index: columns[column]), &log)
    }

    public func int(_ column: String, _ log: inout ProblemLog, range: ClosedRange<Int>? = nil) -> Int? {
        int(Column(name: column, index: columns[column]), &log, range: range)
    }

    public func double(_ column: String, _ log: inout ProblemLog) -> Double? {
        double(Column(name: column, index: columns[column]), &log)
    }

    /// The trimmed text of a column, nil when blank or absent.
    public func text(_ column: Column) -> String? {
        guard let i = column.index, i < values.count else { return nil }
        let v = values[i]
        return v.isEmpty ? nil : v
    }

    /// A `dd/mm/yyyy` date (ISO also accepted, as some systems write it).
    public func day(_ column: Column, _ log: inout ProblemLog) -> Day? {
        guard let t = text(column) else { return nil }
        if let d = Day(flexible: t) { return d }
        log.add(.error, line: line, element: element, field: column.name,
                "\"\(t)\" is not a valid date (expected dd/mm/yyyy)")
        return nil
    }

    /// A code checked against its DfE list; unknown codes are kept with a warning so the analyst
    /// sees them (the rules engine reports them formally).
    public func code(_ column: Column, _ list: CodeList, _ log: inout ProblemLog) -> String? {
        guard let t = text(column) else { return nil }
        if !list.contains(t) {
            log.add(.warning, line: line, element: element, field: column.name,
                    "unknown code \"\(t)\" (not in the \(list.name) list)")
        }
        return t
    }

    /// A 0/1 flag (also true/false, Y/N, yes/no).
    public func flag(_ column: Column, _ log: inout ProblemLog) -> Bool? {
        guard let t = text(column) else { return nil }
        switch t.lowercased() {
        case "1", "true", "y", "yes": return true
        case "0", "false", "n", "no": return false
        default:
            log.add(.error, line: line, element: element, field: column.name, "\"\(t)\" is not 0 or 1")
            return nil
        }
    }

    /// A whole number, optionally within `range`; anything else is an error and nil.
    public func int(_ column: Column, _ log: inout ProblemLog, range: ClosedRange<Int>? = nil) -> Int? {
        guard let t = text(column) else { return nil }
        guard let v = Int(t) else {
            log.add(.error, line: line, element: element, field: column.name, "\"\(t)\" is not a whole number")
            return nil
        }
        if let range, !range.contains(v) {
            log.add(.error, line: line, element: element, field: column.name,
                    "\(v) is outside \(range.lowerBound)–\(range.upperBound)")
            return nil
        }
        return v
    }

    /// A finite number; anything else is an error and nil.
    public func double(_ column: Column, _ log: inout ProblemLog) -> Double? {
        guard let t = text(column) else { return nil }
        guard let v = Double(t), v.isFinite else {
            log.add(.error, line: line, element: element, field: column.name, "\"\(t)\" is not a number")
            return nil
        }
        return v
    }
}
