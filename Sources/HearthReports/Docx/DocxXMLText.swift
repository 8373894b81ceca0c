import HearthCore

/// Text turned into WordprocessingML.
enum DocxXMLText {
    /// A run holding `text`, or nothing when no visible content is left once `MarkupText` has
    /// dropped the characters XML cannot hold.
    static func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
        let content = runContent(text)
        guard !content.isEmpty else { return "" }
        var properties = ""
        if bold { properties += "<w:b/><w:bCs/>" }
        if italic { properties += "<w:i/><w:iCs/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + content + "</w:r>"
    }

    /// The inside of a run. Word ignores a newline or tab typed into `<w:t>`, so each becomes
    /// its own element; `xml:space="preserve"` keeps spaces at the ends of each piece.
    static func runContent(_ text: String) -> String {
        var out = ""
        var piece = ""
        func flush() {
            guard !piece.isEmpty else { return }
            out += #"<w:t xml:space="preserve">"# + piece + "</w:t>"
            piece = ""
        }
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            let isLineFeedOfCRLF = afterCarriageReturn && scalar == "\n"
            afterCarriageReturn = scalar == "\r"
            switch scalar {
            case _ where isLineFeedOfCRLF: continue
            case "\n", "\r":
                flush()
                out += "<w:br/>"
            case "\t":
                flush()
                out += "<w:tab/>"
            default:
                MarkupText.append(scalar, to: &piece)
            }
        }
        flush()
        return out
    }
}
