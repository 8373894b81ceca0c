/// Text turned into WordprocessingML.
enum DocxXMLText {
    /// Escapes the markup characters and drops what XML 1.0 cannot hold (control characters
    /// other than tab and line ends, U+FFFE and U+FFFF): one such character pasted from another
    /// system would otherwise make Word refuse the whole file.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    /// A run holding `text`, or nothing when no visible content is left once forbidden
    /// characters are dropped.
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
                append(scalar, to: &piece)
            }
        }
        flush()
        return out
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
        default:
            // C1 controls and DEL are legal XML but invisible junk from copy and paste; they go too.
            let v = scalar.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { return }
            out.unicodeScalars.append(scalar)
        }
    }
}
