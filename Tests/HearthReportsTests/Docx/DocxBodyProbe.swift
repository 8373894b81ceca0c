import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads back what a reader of `word/document.xml` would see: paragraphs with their style and
/// text, and tables cell by cell. Parsing, not string matching, so the tests do not depend on
/// attribute order or on how the writer spells empty elements.
final class DocxBodyProbe: NSObject, XMLParserDelegate {
    struct Paragraph: Equatable {
        var style: String?
        var text = ""
        var pageBreakBefore = false
        var keepNext = false
    }

    struct Cell: Equatable {
        var text = ""
        var bold = false
        var fill: String?
        var rightAligned = false
        /// Its paragraph stays on the page of the next (Word keeps a table's rows together so).
        var keepNext = false
    }

    struct Row: Equatable {
        var isHeader = false
        var cantSplit = false
        var cells: [Cell] = []
    }

    /// Paragraphs outside tables, in order.
    private(set) var paragraphs: [Paragraph] = []
    private(set) var tables: [[Row]] = []
    /// Whether the XML parsed without error.
    private(set) var wellFormed = false

    private var paragraph: Paragraph?
    private var inCell = false
    private var inRun = false
    private var inText = false

    init(xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        wellFormed = parser.parse()
    }

    /// The text of each body paragraph, in order.
    var texts: [String] { paragraphs.map(\.text) }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:tbl": tables.append([])
        case "w:tr" where !tables.isEmpty: tables[tables.count - 1].append(Row())
        case "w:tblHeader": updateRow { $0.isHeader = true }
        case "w:cantSplit": updateRow { $0.cantSplit = true }
        case "w:tc": inCell = true; updateRow { $0.cells.append(Cell()) }
        case "w:shd" where inCell && paragraph == nil: updateCell { $0.fill = attributes["w:fill"] }
        case "w:p": paragraph = Paragraph()
        case "w:pStyle": paragraph?.style = attributes["w:val"]
        case "w:pageBreakBefore": paragraph?.pageBreakBefore = true
        case "w:keepNext" where paragraph != nil:
            paragraph?.keepNext = true
            if inCell { updateCell { $0.keepNext = true } }
        case "w:jc" where inCell: updateCell { $0.rightAligned = attributes["w:val"] == "right" }
        case "w:r": inRun = true
        case "w:b" where inCell && inRun: updateCell { $0.bold = true }
        case "w:t": inText = true
        case "w:br" where inRun && attributes["w:type"] == nil: paragraph?.text += "\n"
        case "w:tab" where inRun: paragraph?.text += "\t"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:tc": inCell = false
        case "w:r": inRun = false
        case "w:t": inText = false
        case "w:p":
            guard let done = paragraph else { return }
            if inCell { updateCell { $0.text += done.text } } else { paragraphs.append(done) }
            paragraph = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph?.text += string }
    }

    private func updateRow(_ change: (inout Row) -> Void) {
        guard !tables.isEmpty, !tables[tables.count - 1].isEmpty else { return }
        change(&tables[tables.count - 1][tables[tables.count - 1].count - 1])
    }

    private func updateCell(_ change: (inout Cell) -> Void) {
        updateRow { row in
            guard !row.cells.isEmpty else { return }
            change(&row.cells[row.cells.count - 1])
        }
    }
}
