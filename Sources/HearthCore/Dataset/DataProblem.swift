/// Something wrong found while reading a return: a value, not an exception, so a reader reports
/// every problem in a file rather than stopping at the first.
public struct DataProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        /// Worth a look; the value was kept (an unknown code, an unusual date).
        case warning
        /// The value or row could not be used and was left out.
        case error
        /// The file could not be read at all; nothing from it was used.
        case fatal

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .warning ? 0 : self == .error ? 1 : 2 }
    }

    public let severity: Severity
    /// File name as the user gave it (never a full path with personal folders).
    public let file: String
    /// 1-based line in a text file (CSV, XML), or row number in a sheet.
    public let line: Int?
    /// XML element path (`Message/Children/Child[12]/CINdetails[1]/Assessments[1]`) or sheet name.
    public let element: String?
    /// Column or element name of the value.
    public let field: String?
    public let message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, element: String? = nil,
                field: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.element = element
        self.field = field
        self.message = message
    }

    /// `file:line: element: field: message`, the shape compilers use, so editors can jump to it.
    public var description: String {
        var parts = [file + (line.map { ":\($0)" } ?? "")]
        if let element { parts.append(element) }
        if let field { parts.append(field) }
        parts.append(message)
        return "\(severity.rawValue): " + parts.joined(separator: ": ")
    }
}
