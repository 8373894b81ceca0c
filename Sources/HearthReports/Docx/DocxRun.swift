/// A stretch of text sharing one look within a paragraph.
///
/// A newline in the text becomes a line break and a tab a tab; spaces at either end are kept.
public struct DocxRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }

    /// A run that is neither bold nor italic.
    public static func plain(_ text: String) -> DocxRun { DocxRun(text) }
}
