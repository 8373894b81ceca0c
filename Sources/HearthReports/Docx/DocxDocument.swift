/// A Word document to write with ``DocxWriter``: its properties, the footer on every page and
/// the body, block by block.
public struct DocxDocument: Sendable, Equatable {
    /// Shown at the top of the first page in Word's Title style (when not blank) and stored as
    /// the document's title property, which screen readers and file browsers announce.
    public var title: String
    /// Stored as the document's creator property; nothing is written when `nil`.
    public var author: String?
    /// Text at the left of every page's footer; "Page X of Y" is always at the right.
    public var footer: String?
    /// The body, in reading order.
    public var blocks: [DocxBlock]

    public init(title: String, author: String? = nil, footer: String? = nil, blocks: [DocxBlock] = []) {
        self.title = title
        self.author = author
        self.footer = footer
        self.blocks = blocks
    }
}
