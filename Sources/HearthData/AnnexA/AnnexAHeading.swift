/// Heading comparison for Annex A lists: real workbooks differ from the template in case,
/// padding, line breaks inside a heading cell and curly apostrophes, none of which matter.
public enum AnnexAHeading {
    /// The form headings are compared in: lower case, trimmed, internal whitespace collapsed to
    /// one space, typographic apostrophes made straight.
    public static func normalised(_ heading: String) -> String {
        var out = ""
        out.reserveCapacity(heading.utf8.count)
        var pendingSpace = false
        for ch in heading {
            if ch.isWhitespace || ch == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            switch ch {
            case "\u{2018}", "\u{2019}", "`": out.append("'")
            case "\u{2013}", "\u{2014}": out.append("-")
            default: out.append(contentsOf: ch.lowercased())
            }
        }
        return out
    }
}
