/// Colours of text and rules, after the GOV.UK Design System palette councils already use.
enum DocxPalette {
    /// Near-black body text.
    static let text = "0B0C0C"
    /// Secondary text (notes, footer): still above 7:1 on white.
    static let secondaryText = "505A5F"
    /// Table rules: visible without crowding the figures.
    static let border = "B1B4B6"
    /// The shading of table header rows, lighter than any RAG fill so the two never mix up.
    static let headerFill = "F3F2F1"
}
