import HearthCore

/// The small parts around the document: content types, relationships, settings, the bullet
/// list definition and the document properties.
enum DocxPackageXML {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipNS = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let wordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static let footerRelationshipId = "rId4"
    static let bulletNumberingId = 1
    /// The properties carry a fixed date, like the zip entries, so the same document always
    /// gives the same bytes.
    static let fixedDate = "1980-01-01T00:00:00Z"

    static var contentTypes: String {
        let overrides = [
            ("/word/document.xml", "\(wordContentType).document.main+xml"),
            ("/word/styles.xml", "\(wordContentType).styles+xml"),
            ("/word/settings.xml", "\(wordContentType).settings+xml"),
            ("/word/numbering.xml", "\(wordContentType).numbering+xml"),
            ("/word/footer1.xml", "\(wordContentType).footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        return declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + overrides.map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined()
            + "</Types>"
    }

    static var packageRelationships: String {
        relationships([
            ("rId1", "\(relationshipNS)/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "\(relationshipNS)/extended-properties", "docProps/app.xml"),
        ])
    }

    static var documentRelationships: String {
        relationships([
            ("rId1", "\(relationshipNS)/styles", "styles.xml"),
            ("rId2", "\(relationshipNS)/settings", "settings.xml"),
            ("rId3", "\(relationshipNS)/numbering", "numbering.xml"),
            (footerRelationshipId, "\(relationshipNS)/footer", "footer1.xml"),
        ])
    }

    /// Word 2013+ layout rules (compatibility mode 15), so Word does not open the file in
    /// compatibility mode and tables align with the margins.
    static var settings: String {
        declaration + #"<w:settings xmlns:w="\#(wordNS)">"#
            + #"<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>"#
            + #"<w:characterSpacingControl w:val="doNotCompress"/>"#
            + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
            + "</w:settings>"
    }

    /// One bullet list definition, shared by every bulleted list.
    static var numbering: String {
        declaration + #"<w:numbering xmlns:w="\#(wordNS)">"#
            + #"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>"#
            + #"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>"#
            + #"<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>"#
            + #"</w:abstractNum><w:num w:numId="\#(bulletNumberingId)"><w:abstractNumId w:val="0"/></w:num>"#
            + "</w:numbering>"
    }

    static func coreProperties(title: String, author: String?) -> String {
        declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(MarkupText.escape(title))</dc:title>"
            + (author.map { "<dc:creator>\(MarkupText.escape($0))</dc:creator>" } ?? "")
            + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(fixedDate)</dcterms:created>"#
            + #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(fixedDate)</dcterms:modified>"#
            + "</cp:coreProperties>"
    }

    static var appProperties: String {
        declaration
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
            + "<Application>Hearth</Application></Properties>"
    }

    private static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        declaration + #"<Relationships xmlns="\#(packageRelationshipNS)">"#
            + entries.map { #"<Relationship Id="\#($0.id)" Type="\#($0.type)" Target="\#($0.target)"/>"# }.joined()
            + "</Relationships>"
    }
}
