/// An element name as the tokenizer yields it: the local part (any `prefix:` stripped, so
/// `cin:Child` and `Child` match alike) and, when the name is in the vocabulary the tokenizer
/// was given, its position there, so readers can switch on an integer instead of comparing
/// strings for every element of a 100 MB file.
public struct XMLName: Sendable, Hashable, CustomStringConvertible {
    public let local: String
    /// Index of `local` in the tokenizer's vocabulary, nil for names outside it.
    public let id: Int?

    public init(local: String, id: Int? = nil) {
        self.local = local
        self.id = id
    }

    public var description: String { local }
}

/// One attribute of a start tag, value with entities decoded.
public struct XMLAttribute: Sendable, Hashable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// What `XMLTokenizer.next()` yields. Comments, processing instructions and the DOCTYPE are
/// skipped; CDATA sections arrive as text; a self-closing tag arrives as a start and an end.
public enum XMLEvent: Sendable, Hashable {
    case start(XMLName, attributes: [XMLAttribute])
    case end(XMLName)
    /// Character data with entities decoded. Whitespace-only runs are dropped unless the
    /// tokenizer was asked to keep them; one element's text may arrive in several pieces
    /// (around a comment or CDATA section).
    case text(String)
}
