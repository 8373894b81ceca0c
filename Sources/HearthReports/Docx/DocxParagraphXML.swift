/// A paragraph with the few properties the writer uses, written in the order the
/// WordprocessingML schema requires (Word refuses a file whose properties are out of order).
struct DocxParagraphXML {
    var style: String?
    var pageBreakBefore = false
    /// Keeps the paragraph on the same page as the next one (a table's caption with its table).
    var keepNext = false
    /// Ties the paragraph to the bullet list definition in numbering.xml.
    var bulleted = false
    var alignRight = false

    func xml(_ content: String) -> String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if keepNext { properties += "<w:keepNext/>" }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if bulleted {
            properties += #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="\#(DocxPackageXML.bulletNumberingId)"/></w:numPr>"#
        }
        if alignRight { properties += #"<w:jc w:val="right"/>"# }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return "<w:p>\(pPr)\(content)</w:p>"
    }
}
