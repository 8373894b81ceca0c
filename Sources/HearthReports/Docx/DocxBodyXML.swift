/// The main part, `word/document.xml`: the title, the blocks and the page setup.
enum DocxBodyXML {
    static func document(_ document: DocxDocument) -> String {
        DocxPackageXML.declaration
            + #"<w:document xmlns:w="\#(DocxPackageXML.wordNS)" xmlns:r="\#(DocxPackageXML.relationshipNS)"><w:body>"#
            + body(document) + section + "</w:body></w:document>"
    }

    static func body(_ document: DocxDocument) -> String {
        var xml = ""
        if !document.title.allSatisfy(\.isWhitespace) {
            xml += DocxParagraphXML(style: DocxStylesXML.titleStyleId).xml(DocxXMLText.run(document.title))
        }
        let blocks = document.blocks
        let keep = keepWithNext(blocks)
        var breakBeforeNext = false
        for (index, block) in blocks.enumerated() {
            let next = blocks.indices.contains(index + 1) ? blocks[index + 1] : nil
            let breakBefore = breakBeforeNext
            let keepNext = keep[index]
            breakBeforeNext = false
            switch block {
            case .pageBreak:
                // Breaking before the next paragraph, rather than with a break character,
                // keeps an empty line from heading the new page.
                if next?.startsWithParagraph == true {
                    breakBeforeNext = true
                } else {
                    xml += #"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#
                }
            case .heading(let text, let level):
                let style = DocxStylesXML.headingStyleId(level: level)
                xml += DocxParagraphXML(style: style, pageBreakBefore: breakBefore).xml(DocxXMLText.run(text))
            case .paragraph(let runs):
                let content = runs.map { DocxXMLText.run($0.text, bold: $0.bold, italic: $0.italic) }.joined()
                xml += DocxParagraphXML(pageBreakBefore: breakBefore, keepNext: keepNext).xml(content)
            case .bullets(let items):
                for (position, item) in items.enumerated() {
                    let paragraph = DocxParagraphXML(style: DocxStylesXML.listBulletStyleId,
                                                     pageBreakBefore: breakBefore && position == 0, bulleted: true)
                    xml += paragraph.xml(DocxXMLText.run(item))
                }
            case .note(let text):
                xml += DocxParagraphXML(style: DocxStylesXML.noteStyleId, pageBreakBefore: breakBefore, keepNext: keepNext)
                    .xml(DocxXMLText.run(text))
            case .table(let table):
                xml += tableWithGap(DocxTableXML.table(table), next: next)
            case .keyValues(let pairs):
                xml += tableWithGap(DocxTableXML.keyValues(pairs), next: next)
            }
        }
        // Word needs at least one paragraph in the body, and a paragraph after a final table.
        if xml.isEmpty || xml.hasSuffix("</w:tbl>") { xml += "<w:p/>" }
        return xml
    }

    /// Which blocks stay on the page of the block after them: the paragraphs and notes that
    /// introduce a table (its caption, a heading's opening lines), up to two before it, so
    /// neither a heading (kept with its next paragraph by its style) nor a caption is left at
    /// the foot of a page apart from its table.
    static func keepWithNext(_ blocks: [DocxBlock]) -> [Bool] {
        var keep = Array(repeating: false, count: blocks.count)
        for (index, block) in blocks.enumerated() {
            guard case .table = block else { continue }
            var i = index - 1, kept = 0
            while i >= 0, kept < 2 {
                switch blocks[i] {
                case .paragraph, .note: keep[i] = true; kept += 1; i -= 1
                default: kept = 2
                }
            }
        }
        return keep
    }

    /// A table followed, where needed, by an empty paragraph: two tables with nothing between
    /// them become one in Word, and text right under a table reads as part of it. Headings
    /// and page breaks bring their own space, and a note is meant to sit right under its table.
    private static func tableWithGap(_ table: String, next: DocxBlock?) -> String {
        guard !table.isEmpty else { return "" }
        switch next {
        case .heading, .note, .pageBreak: return table
        default: return table + "<w:p/>"
        }
    }

    /// A4 portrait, 2 cm margins, the footer on every page.
    private static var section: String {
        let m = DocxPageLayout.margin
        return "<w:sectPr>"
            + #"<w:footerReference w:type="default" r:id="\#(DocxPackageXML.footerRelationshipId)"/>"#
            + #"<w:pgSz w:w="\#(DocxPageLayout.pageWidth)" w:h="\#(DocxPageLayout.pageHeight)"/>"#
            + #"<w:pgMar w:top="\#(m)" w:right="\#(m)" w:bottom="\#(m)" w:left="\#(m)" w:header="\#(DocxPageLayout.footerDistance)" w:footer="\#(DocxPageLayout.footerDistance)" w:gutter="0"/>"#
            + #"<w:cols w:space="708"/>"#
            + "</w:sectPr>"
    }
}

private extension DocxBlock {
    /// Whether the block's first element is a paragraph that can carry "page break before".
    var startsWithParagraph: Bool {
        switch self {
        case .heading, .paragraph, .note: true
        case .bullets(let items): !items.isEmpty
        case .table, .keyValues, .pageBreak: false
        }
    }
}
