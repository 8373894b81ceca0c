/// `word/styles.xml`: the look of the whole document, kept in named styles so a reader who
/// edits the file in Word restyles it in one place.
enum DocxStylesXML {
    static let titleStyleId = "Title"
    static let noteStyleId = "Note"
    static let listBulletStyleId = "ListBullet"
    static let tableTextStyleId = "TableText"
    static let footerStyleId = "Footer"
    static let tableStyleId = "HearthTable"

    /// Word's own heading styles, which the navigation pane and a table of contents look for.
    static func headingStyleId(level: Int) -> String {
        "Heading\(min(max(level, 1), 3))"
    }

    static var part: String {
        DocxPackageXML.declaration + #"<w:styles xmlns:w="\#(DocxPackageXML.wordNS)">"#
            + defaults + normal + title + heading(1, sizeHalfPoints: 32, before: 360)
            + heading(2, sizeHalfPoints: 28, before: 280) + heading(3, sizeHalfPoints: 24, before: 240)
            + listBullet + note + tableText + footer + tableNormal + table
            + "</w:styles>"
    }

    /// Arial 11 pt, British English for the spelling checker.
    private static var defaults: String {
        "<w:docDefaults><w:rPrDefault><w:rPr>"
            + #"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#
            + #"<w:color w:val="\#(DocxPalette.text)"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/>"#
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
            + #"<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>"#
            + "</w:pPr></w:pPrDefault></w:docDefaults>"
    }

    private static var normal: String {
        #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
    }

    private static var title: String {
        paragraphStyle(titleStyleId, name: "Title", extra: "<w:uiPriority w:val=\"10\"/><w:qFormat/>",
                       pPr: #"<w:spacing w:after="240"/>"#,
                       rPr: #"<w:b/><w:bCs/><w:sz w:val="48"/><w:szCs w:val="48"/>"#)
    }

    /// Headings stay with the text they introduce, and carry the outline level that makes them
    /// headings to Word, LibreOffice and screen readers.
    private static func heading(_ level: Int, sizeHalfPoints: Int, before: Int) -> String {
        paragraphStyle(headingStyleId(level: level), name: "heading \(level)",
                       extra: "<w:uiPriority w:val=\"9\"/><w:qFormat/>",
                       pPr: #"<w:keepNext/><w:keepLines/><w:spacing w:before="\#(before)" w:after="120"/><w:outlineLvl w:val="\#(level - 1)"/>"#,
                       rPr: #"<w:b/><w:bCs/><w:sz w:val="\#(sizeHalfPoints)"/><w:szCs w:val="\#(sizeHalfPoints)"/>"#)
    }

    private static var listBullet: String {
        paragraphStyle(listBulletStyleId, name: "List Bullet", next: listBulletStyleId, extra: "",
                       pPr: #"<w:numPr><w:numId w:val="\#(DocxPackageXML.bulletNumberingId)"/></w:numPr><w:spacing w:after="60"/>"#,
                       rPr: "")
    }

    private static var note: String {
        paragraphStyle(noteStyleId, name: "Note", extra: "", custom: true,
                       pPr: #"<w:spacing w:before="60" w:after="160"/>"#,
                       rPr: #"<w:i/><w:iCs/><w:color w:val="\#(DocxPalette.secondaryText)"/><w:sz w:val="18"/><w:szCs w:val="18"/>"#)
    }

    /// Tables are set a point smaller and tighter than body text so more figures fit a page.
    private static var tableText: String {
        paragraphStyle(tableTextStyleId, name: "Table Text", next: tableTextStyleId, extra: "", custom: true,
                       pPr: #"<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>"#,
                       rPr: #"<w:sz w:val="20"/><w:szCs w:val="20"/>"#)
    }

    /// A thin rule above the footer, and a right tab stop at the text edge for "Page X of Y".
    private static var footer: String {
        paragraphStyle(footerStyleId, name: "footer", extra: "",
                       pPr: #"<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="\#(DocxPalette.border)"/></w:pBdr>"#
                           + #"<w:tabs><w:tab w:val="right" w:pos="\#(DocxPageLayout.textWidth)"/></w:tabs><w:spacing w:after="0"/>"#,
                       rPr: #"<w:color w:val="\#(DocxPalette.secondaryText)"/><w:sz w:val="18"/><w:szCs w:val="18"/>"#)
    }

    /// Word's default table style; other table styles are based on it.
    private static var tableNormal: String {
        #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>"
            + #"<w:tblInd w:w="0" w:type="dxa"/>"# + cellMargins + "</w:tblPr></w:style>"
    }

    /// Light rules between all cells, and a bold shaded header row.
    private static var table: String {
        let line = #"w:val="single" w:sz="4" w:space="0" w:color="\#(DocxPalette.border)""#
        return #"<w:style w:type="table" w:customStyle="1" w:styleId="\#(tableStyleId)"><w:name w:val="Hearth Table"/>"#
            + #"<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr>"#
            + "<w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(line)/>" }.joined()
            + "</w:tblBorders>" + cellMargins + "</w:tblPr>"
            + #"<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="\#(DocxPalette.headerFill)"/></w:tcPr></w:tblStylePr>"#
            + "</w:style>"
    }

    /// Space between a cell's border and its text at the left and right, in twips (Word's default).
    static let cellMargin = 108

    private static var cellMargins: String {
        #"<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="\#(cellMargin)" w:type="dxa"/>"#
            + #"<w:bottom w:w="0" w:type="dxa"/><w:right w:w="\#(cellMargin)" w:type="dxa"/></w:tblCellMar>"#
    }

    private static func paragraphStyle(_ id: String, name: String, next: String = "Normal", extra: String,
                                       custom: Bool = false, pPr: String, rPr: String) -> String {
        #"<w:style w:type="paragraph""# + (custom ? #" w:customStyle="1""# : "") + #" w:styleId="\#(id)">"#
            + #"<w:name w:val="\#(name)"/><w:basedOn w:val="Normal"/><w:next w:val="\#(next)"/>"# + extra
            + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
            + "</w:style>"
    }
}
