/// One record of a CSV file and the line it starts on (1-based), for error messages.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// A record of nothing but empty fields: Excel writes these for cleared rows.
    public var isBlank: Bool { fields.allSatisfy { $0.isEmpty } }
}

public enum CSVError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case binary(line: Int)
    case unterminatedQuote(line: Int)
    case recordTooLong(line: Int, limit: Int)

    public var description: String {
        switch self {
        case .unreadable(let why): "could not be read: \(why)"
        case .binary(let line): "line \(line) holds binary data (a NUL byte): this is not a CSV text file"
        case .unterminatedQuote(let line): "a quoted field opened on line \(line) never closes (the file may be truncated)"
        case .recordTooLong(let line, let limit): "the record starting on line \(line) is longer than \(limit / 1_048_576) MB: this is not a CSV table"
        }
    }
}
