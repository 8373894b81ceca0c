/// `word/footer1.xml`: the document's footer text at the left and "Page X of Y" at the right.
enum DocxFooterXML {
    static func part(_ footer: String?) -> String {
        let content = DocxXMLText.run(footer ?? "") + "<w:r><w:tab/></w:r>"
            + DocxXMLText.run("Page ") + field("PAGE") + DocxXMLText.run(" of ") + field("NUMPAGES")
        return DocxPackageXML.declaration
            + #"<w:ftr xmlns:w="\#(DocxPackageXML.wordNS)" xmlns:r="\#(DocxPackageXML.relationshipNS)">"#
            + DocxParagraphXML(style: DocxStylesXML.footerStyleId).xml(content)
            + "</w:ftr>"
    }

    /// A field Word and LibreOffice recompute as they lay out each page; "1" is only what
    /// shows before they do.
    private static func field(_ instruction: String) -> String {
        #"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
            + #"<w:r><w:instrText xml:space="preserve"> \#(instruction) </w:instrText></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
            + #"<w:r><w:t>1</w:t></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
    }
}
