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

    /// The trimmed text of a column, nil when blank or absent.
    public func text(_ column: String) -> String? {
        guard let i = columns[column], i < values.count else { return nil }
        let v = values[i]
        return v.isEmpty ? nil : v
    }

    /// A `dd/mm/yyyy` date (ISO also accepted, as some systems write it).
    public func day(_ column: String, _ log: inout ProblemLog) -> Day? {
        guard let t = text(column) else { return nil }
        if let d = Day(flexible: t) { return d }
        log.add(.error, line: line, element: element, field: column,
                "\"\(t)\" is not a valid date (expected dd/mm/yyyy)")
        return nil
    }

    /// A code checked against its DfE list; unknown codes are kept with a warning so the analyst
    /// sees them (the rules engine reports them formally).
    public func code(_ column: String, _ list: CodeList, _ log: inout ProblemLog) -> String? {
        guard let t = text(column) else { return nil }
        if !list.contains(t) {
            log.add(.warning, line: line, element: element, field: column,
                    "unknown code \"\(t)\" (not in the \(list.name) list)")
        }
        return t
    }

    /// A 0/1 flag (also true/false, Y/N, yes/no).
    public func flag(_ column: String, _ log: inout ProblemLog) -> Bool? {
        guard let t = text(column) else { return nil }
        switch t.lowercased() {
        case "1", "true", "y", "yes": return true
        case "0", "false", "n", "no": return false
        default:
            log.add(.error, line: line, element: element, field: column, "\"\(t)\" is not 0 or 1")
            return nil
        }
    }

    public func int(_ column: String, _ log: inout ProblemLog, range: ClosedRange<Int>? = nil) -> Int? {
        guard let t = text(column) else { return nil }
        guard let v = Int(t) else {
            log.add(.error, line: line, element: element, field: column, "\"\(t)\" is not a whole number")
            return nil
        }
        if let range, !range.contains(v) {
            log.add(.error, line: line, element: element, field: column,
                    "\(v) is outside \(range.lowerBound)–\(range.upperBound)")
            return nil
        }
        return v
    }

    public func double(_ column: String, _ log: inout ProblemLog) -> Double? {
        guard let t = text(column) else { return nil }
        guard let v = Double(t), v.isFinite else {
            log.add(.error, line: line, element: element, field: column, "\"\(t)\" is not a number")
            return nil
        }
        return v
    }
}
