/// A pack (or a self-evaluation, which is drawn as one) as Markdown: the same sections and
/// blocks as the HTML and Word, for pasting into an email, a wiki or a review tool. Charts are
/// given as their tables of figures, as in Word.
public enum BoardPackMarkdown {
    public static func document(_ pack: BoardPack) -> String {
        var out = "# \(pack.title)\n\n**\(line(pack.authority))**\n\n"
        var number = 0
        if pack.sections.contains(where: { $0.kind == .cover }) {
            out += pack.cover.facts.map { "- **\(line($0.key))**: \(line($0.value))\n" }.joined() + "\n"
            out += "## 1. Purpose of the report\n\n" + pack.cover.purpose.map { paragraphs($0) }.joined()
            out += "## 2. Recommendation\n\nIt is recommended:\n\n"
            out += pack.cover.recommendations.enumerated().map { "\($0.offset + 1). \(line($0.element))\n" }.joined() + "\n"
            number = 2
        }
        for section in pack.sections where section.kind != .cover {
            number += 1
            out += "## \(number). \(line(section.title))\n\n" + section.blocks.map(render).joined()
        }
        out += "## Sources of the figures\n\n" + pack.sources.map { "- \(line($0))\n" }.joined() + "\n"
        for (letter, section) in pack.appendices {
            out += "## Appendix \(letter): \(line(section.appendixTitle))\n\n" + section.appendix.map(render).joined()
        }
        return out + "---\n\n\(line(pack.footer))\n"
    }

    static func render(_ block: PackBlock) -> String {
        switch block {
        case .subheading(let s): return "### \(line(s))\n\n"
        case .paragraph(let s): return paragraphs(s)
        case .note(let s): return "_\(line(s))_\n\n"
        case .bullets(let items): return items.map { "- \(line($0))\n" }.joined() + "\n"
        case .facts(let facts): return facts.map { "- **\(line($0.key))**: \(line($0.value))\n" }.joined() + "\n"
        case .table(let t): return table(t)
        case .chart(let c): return "\(line(c.caption))\n\n" + table(c.table)
        case .tiles(let tiles):
            return table(PackTable(header: ["Indicator", "Value", "RAG", "Period, target, direction", "Comparison"], rows: tiles.map { t in
                [PackCell(t.title), PackCell(t.value), PackCell(t.rag == .none ? "–" : t.rag.rawValue.uppercased()), PackCell(t.detail),
                 PackCell(t.comparison)]
            }))
        }
    }

    private static func table(_ t: PackTable) -> String {
        var out = t.caption.map { "**\(line($0))**\n\n" } ?? ""
        out += "| " + t.header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + t.header.indices.map { t.numericColumns.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in t.rows {
            out += "| " + row.map { $0.bold ? "**\(cell($0.text))**" : cell($0.text) }.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    /// Officers' text: paragraphs as written (`PackText`), each on its own lines.
    private static func paragraphs(_ text: String) -> String {
        PackText.paragraphs(text).map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
            .joined(separator: "  \n") + "\n\n" }.joined()
    }

    /// One line of text: line breaks become spaces, and Markdown's markup characters are escaped
    /// so typed text cannot become a heading, a link or an image.
    private static func line(_ s: String) -> String {
        escape(s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
    }

    private static func cell(_ s: String) -> String { line(s).replacingOccurrences(of: "|", with: "\\|") }

    private static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>#!".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
