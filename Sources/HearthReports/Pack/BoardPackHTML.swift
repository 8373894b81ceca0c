import HearthCore
/// The pack as one HTML document: read on screen, printed to A4, or printed to PDF by Chromium.
/// Everything is escaped here; the only markup taken as given is the charts' SVG, which
/// HearthReports draws itself.
public enum BoardPackHTML {
    public enum Stylesheet: Sendable {
        /// The style sheet inside the document: a file that travels on its own.
        case inline
        /// A link to it: for the web app, whose Content-Security-Policy forbids inline styles.
        case link(String)
    }

    /// `back` is a link shown on screen only (never printed): the way back into the web app.
    public static func document(_ pack: BoardPack, stylesheet: Stylesheet = .inline, back: (href: String, label: String)? = nil) -> String {
        var h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(e(pack.title))</title>\n"
        switch stylesheet {
        case .inline: h += "<style>\n\(BoardPackStyle.css)</style>\n"
        case .link(let href): h += "<link rel=\"stylesheet\" href=\"\(e(href))\">\n"
        }
        h += "</head>\n<body class=\"pack\">\n"
        if let back { h += "<nav class=\"pack-screen-only\"><a href=\"\(e(back.href))\">\(e(back.label))</a></nav>\n" }
        h += "<main>\n"
        var number = 0
        let hasCover = pack.sections.contains { $0.kind == .cover }
        if hasCover {
            h += cover(pack)
            number = 2
        } else {
            h += "<h1 class=\"pack-title\">\(e(pack.title))</h1>\n"
        }
        for section in pack.sections where section.kind != .cover {
            number += 1
            h += "<section class=\"pack-section\" id=\"\(section.kind.rawValue)\">\n"
            h += "<h2><span class=\"pack-number\">\(number).</span> \(e(section.title))</h2>\n"
            h += blocks(section.blocks)
            h += "</section>\n"
        }
        h += "<section class=\"pack-section pack-sources\" id=\"sources\">\n<h2>Sources of the figures</h2>\n"
        h += list(pack.sources)
        h += "</section>\n"
        for (letter, section) in pack.appendices {
            h += "<section class=\"pack-section pack-appendix\" id=\"appendix-\(letter.lowercased())\">\n"
            h += "<h2>Appendix \(letter): \(e(section.appendixTitle))</h2>\n" + blocks(section.appendix) + "</section>\n"
        }
        h += "</main>\n<footer class=\"pack-footer\">\(e(pack.footer))</footer>\n</body>\n</html>\n"
        return h
    }

    private static func cover(_ pack: BoardPack) -> String {
        var h = "<header class=\"pack-cover\">\n<p class=\"pack-authority\">\(e(pack.authority))</p>\n"
        h += "<h1>\(e(pack.title))</h1>\n<dl class=\"pack-facts\">\n"
        for f in pack.cover.facts { h += "<dt>\(e(f.key))</dt><dd>\(e(f.value))</dd>\n" }
        h += "</dl>\n</header>\n"
        h += "<section class=\"pack-section\" id=\"purpose\">\n<h2><span class=\"pack-number\">1.</span> Purpose of the report</h2>\n"
        h += pack.cover.purpose.map(paragraphs).joined()
        h += "</section>\n<section class=\"pack-section\" id=\"recommendation\">\n"
        h += "<h2><span class=\"pack-number\">2.</span> Recommendation</h2>\n"
        h += "<p>It is recommended:</p>\n" + list(pack.cover.recommendations, ordered: true)
        h += "</section>\n"
        return h
    }

    /// A section's blocks, each heading kept on one page with what it heads. A long table may
    /// run over a page, so its heading is kept only with its first rows, not with all of it.
    static func blocks(_ blocks: [PackBlock]) -> String {
        PackBlock.keepGroups(blocks).map { group in
            guard group.count > 1, let last = group.last else { return group.map(render).joined() }
            if last.mayBreak {
                return "<div class=\"pack-lead\">\n" + group.dropLast().map(render).joined() + "</div>\n" + render(last)
            }
            return "<div class=\"pack-keep\">\n" + group.map(render).joined() + "</div>\n"
        }.joined()
    }

    static func render(_ block: PackBlock) -> String {
        switch block {
        case .subheading(let s): return "<h3>\(e(s))</h3>\n"
        case .paragraph(let s): return paragraphs(s)
        case .bullets(let items): return list(items)
        case .note(let s): return "<p class=\"pack-note\">\(e(s))</p>\n"
        case .facts(let facts):
            return "<dl class=\"pack-facts\">\n" + facts.map { "<dt>\(e($0.key))</dt><dd>\(e($0.value))</dd>\n" }.joined() + "</dl>\n"
        case .table(let t): return table(t)
        case .tiles(let tiles): return "<div class=\"pack-tiles\">\n" + tiles.map(tile).joined() + "</div>\n"
        case .chart(let c):
            return "<figure class=\"pack-chart\">\n\(c.svg)\n<figcaption>\(e(c.caption))</figcaption>\n"
                + "<details><summary>The figures</summary>\n\(table(c.table))</details>\n</figure>\n"
        }
    }

    private static func tile(_ t: PackTile) -> String {
        var h = "<div class=\"pack-tile rag-\(t.rag.rawValue)\">\n<h3>\(e(t.title))</h3>\n"
        h += "<p class=\"pack-value\">\(e(t.value))"
        if t.rag != .none { h += " <span class=\"pack-tag rag-\(t.rag.rawValue)\">\(t.rag.rawValue.uppercased())</span>" }
        h += "</p>\n<p class=\"pack-detail\">\(e(t.detail))</p>\n<p class=\"pack-detail\">\(e(t.comparison))</p>\n"
        if let c = t.commentary { h += "<div class=\"pack-commentary\">\(paragraphs(c))</div>\n" }
        return h + "</div>\n"
    }

    private static func table(_ t: PackTable) -> String {
        var h = "<table class=\"pack-table\">\n"
        if let caption = t.caption { h += "<caption>\(e(caption))</caption>\n" }
        h += "<thead><tr>"
        for (i, title) in t.header.enumerated() { h += "<th scope=\"col\"\(align(i, t))>\(e(title))</th>" }
        h += "</tr></thead>\n<tbody>\n"
        for row in t.rows {
            h += "<tr>"
            for (i, cell) in row.enumerated() {
                var text = e(cell.text)
                if cell.bold { text = "<strong>\(text)</strong>" }
                if let rag = cell.rag, rag != .none { text = "<span class=\"pack-tag rag-\(rag.rawValue)\">\(text)</span>" }
                h += "<td\(align(i, t))>\(text)</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    private static func align(_ column: Int, _ t: PackTable) -> String {
        t.numericColumns.contains(column) ? " class=\"num\"" : ""
    }

    /// Officers' text: a blank line starts a paragraph, a single line break stays one.
    static func paragraphs(_ text: String) -> String {
        PackText.paragraphs(text).map { p in
            "<p>" + p.split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }.joined(separator: "<br>") + "</p>\n"
        }.joined()
    }

    private static func list(_ items: [String], ordered: Bool = false) -> String {
        guard !items.isEmpty else { return "" }
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</\(tag)>\n"
    }

    private static func e(_ s: String) -> String { MarkupText.escape(s) }
}
