/// One cell of a ``DocxTable`` body row. A string literal makes a plain cell.
public struct DocxCell: Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public var bold: Bool
    /// RAG shading. Colour should not carry the meaning alone: put the rating in the text too,
    /// for readers who cannot tell the colours apart or print in black and white.
    public var fill: DocxFill?

    public init(_ text: String, bold: Bool = false, fill: DocxFill? = nil) {
        self.text = text
        self.bold = bold
        self.fill = fill
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}
