/// Why an XML file could not be read, with where it happened.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case empty
        case unreadable(String)
        /// A NUL or other control byte: the file is binary, not text.
        case binary
        /// UTF-16 text (a UTF-16 byte-order mark); the returns are UTF-8.
        case utf16
        /// The file ends while `element` is still open.
        case truncated(element: String)
        case mismatchedEndTag(expected: String, found: String)
        case unexpectedEndTag(String)
        /// A single text run, tag, comment or similar is longer than the limit.
        case tokenTooLarge(limit: Int)
        case nameTooLong(limit: Int)
        case tooDeep(limit: Int)
        case badEntity(String)
        case textOutsideRoot
        case secondRoot(String)
        case noRootElement
        case malformed(String)
    }

    public let kind: Kind
    /// 1-based line where the offending token starts.
    public let line: Int
    /// Element path at the point of failure (`Message/Children/Child[3]`), empty at top level.
    public let path: String

    public init(_ kind: Kind, line: Int, path: String) {
        self.kind = kind
        self.line = line
        self.path = path
    }

    /// A sentence for an analyst, without the line and path (those are reported alongside).
    public var message: String {
        switch kind {
        case .empty: "empty file"
        case .unreadable(let why): "the file could not be read: \(why)"
        case .binary: "the file holds binary data (a NUL or control byte), not XML text"
        case .utf16: "the file is UTF-16 text; save it as UTF-8"
        case .truncated(let element): "the file ends inside <\(element)>: it is truncated or incomplete"
        case .mismatchedEndTag(let expected, let found): "</\(found)> closes <\(expected)>: the tags do not match"
        case .unexpectedEndTag(let name): "</\(name)> has no matching start tag"
        case .tokenTooLarge(let limit): "a single piece of text or markup is longer than \(Self.size(limit)): this is not a return file"
        case .nameTooLong(let limit): "an element or attribute name is longer than \(limit) bytes"
        case .tooDeep(let limit): "elements are nested more than \(limit) deep"
        case .badEntity(let text): "\"\(text)\" is not a valid XML entity (write & as &amp;)"
        case .textOutsideRoot: "text outside the root element: this is not an XML document"
        case .secondRoot(let name): "a second root element <\(name)> after the document ended"
        case .noRootElement: "no root element: the file holds no XML elements"
        case .malformed(let why): "malformed XML: \(why)"
        }
    }

    public var description: String {
        "line \(line)" + (path.isEmpty ? "" : " (\(path))") + ": " + message
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }
}
