import HearthCore

/// Collects the problems found while reading one file, with a cap so a file that is wrong on
/// every row (a shifted column, say) reports the pattern rather than a million lines.
public struct ProblemLog: Sendable {
    public let file: String
    public private(set) var problems: [DataProblem] = []
    public private(set) var suppressed = 0
    private let limitPerField: Int
    private var perField: [String: Int] = [:]

    public init(file: String, limitPerField: Int = 50) {
        self.file = file
        self.limitPerField = limitPerField
    }

    public var hasFatal: Bool { problems.contains { $0.severity == .fatal } }

    public mutating func add(_ severity: DataProblem.Severity, line: Int? = nil, element: String? = nil,
                             field: String? = nil, _ message: String) {
        let key = "\(severity.rawValue)|\(field ?? "")|\(element == nil ? "" : "e")"
        let n = perField[key, default: 0]
        perField[key] = n + 1
        if severity != .fatal, n >= limitPerField {
            suppressed += 1
            return
        }
        problems.append(DataProblem(severity, file: file, line: line, element: element, field: field, message: message))
    }

    /// Adds a problem that does not count towards the per-field limit. A slice of a file read
    /// in parallel logs its unknown-element warnings this way, because some are dropped when the
    /// slices are joined (an earlier slice warned already) and must not use up the slice's
    /// budget; joining replays them through `add`, which applies the limit as one pass would.
    mutating func addUncapped(_ severity: DataProblem.Severity, line: Int?, element: String?,
                              field: String?, _ message: String) {
        problems.append(DataProblem(severity, file: file, line: line, element: element, field: field, message: message))
    }

    /// Counts problems a slice left out for the limit: each came after `limitPerField` problems
    /// of its kind in that slice, so the joined log would have left it out too.
    mutating func addSuppressed(_ n: Int) {
        suppressed += n
    }

    /// Adds a closing note when problems were capped, then returns them all.
    public func finished() -> [DataProblem] {
        guard suppressed > 0 else { return problems }
        return problems + [DataProblem(.warning, file: file,
                                       message: "\(suppressed) more problems of the same kinds were not listed")]
    }
}
