import Foundation

/// The pack as a Word document: the same sections, in the same order, as the HTML. Word has no
/// SVG here, so each chart is given as its table of figures — the same numbers the chart draws.
public enum BoardPackDOCX {
    public static func data(_ pack: BoardPack) throws -> Data {
        try DocxWriter.data(document(pack))
    }

    public static func document(_ pack: BoardPack) -> DocxDocument {
        var blocks: [DocxBlock] = []
        var number = 0
        // The writer sets the title on the first page in Word's Title style.
        if pack.sections.contains(where: { $0.kind == .cover }) {
            blocks.append(.paragraph([DocxRun(pack.authority, bold: true)]))
            blocks.append(.keyValues(pack.cover.facts.map { DocxKeyValue(key: $0.key, value: $0.value) }))
            blocks.append(.heading("1. Purpose of the report", level: 1))
            blocks += pack.cover.purpose.flatMap(paragraphs)
            blocks.append(.heading("2. Recommendation", level: 1))
            blocks.append(.paragraph([.plain("It is recommended:")]))
            blocks += pack.cover.recommendations.enumerated().map { .paragraph([.plain("2.\($0.offset + 1)  \($0.element)")]) }
            blocks.append(.pageBreak)
            number = 2
        }
        for section in pack.sections where section.kind != .cover {
            number += 1
            blocks.append(.heading("\(number). \(section.title)", level: 1))
            for block in section.blocks { blocks += render(block) }
        }
        blocks.append(.heading("Sources of the figures", level: 1))
        blocks.append(.bullets(pack.sources))
        for (letter, section) in pack.appendices {
            blocks.append(.pageBreak)
            blocks.append(.heading("Appendix \(letter): \(section.appendixTitle)", level: 1))
            for block in section.appendix { blocks += render(block) }
        }
        return DocxDocument(title: pack.title, author: pack.authority, footer: pack.footer, blocks: blocks)
    }

    static func render(_ block: PackBlock) -> [DocxBlock] {
        switch block {
        case .subheading(let s): return [.heading(s, level: 2)]
        case .paragraph(let s): return paragraphs(s)
        case .bullets(let items): return [.bullets(items)]
        case .note(let s): return [.note(s)]
        case .facts(let facts): return [.keyValues(facts.map { DocxKeyValue(key: $0.key, value: $0.value) })]
        case .table(let t): return table(t)
        case .tiles(let tiles):
            let rows: [[DocxCell]] = tiles.map { t in
                [DocxCell(t.title, bold: true), DocxCell(t.value, bold: true), DocxCell(t.rag == .none ? "–" : t.rag.rawValue.uppercased(), fill: fill(t.rag)),
                 DocxCell(t.detail), DocxCell(t.comparison)]
            }
            return [.table(DocxTable(header: ["Indicator", "Value", "RAG", "Period, target, direction", "Comparison"], rows: rows,
                                     columnWidths: [0.3, 0.1, 0.1, 0.22, 0.28], numericColumns: [1]))]
        case .chart(let c): return table(c.table)
        }
    }

    private static func table(_ t: PackTable) -> [DocxBlock] {
        var out: [DocxBlock] = []
        if let caption = t.caption { out.append(.paragraph([DocxRun(caption, bold: true)])) }
        let rows = t.rows.map { row in row.map { DocxCell($0.text, bold: $0.bold, fill: $0.rag.flatMap(fill)) } }
        out.append(.table(DocxTable(header: t.header, rows: rows, columnWidths: widths(t), numericColumns: t.numericColumns,
                                    keepTogether: !t.mayBreak)))
        return out
    }

    /// Word gives every column the same width unless told; text columns need more room than
    /// figures (`PackTable.columnShares`).
    static func widths(_ t: PackTable) -> [Double] { t.columnShares }

    private static func paragraphs(_ text: String) -> [DocxBlock] {
        PackText.paragraphs(text).map { .paragraph([.plain($0)]) }
    }

    private static func fill(_ rag: PackRAG) -> DocxFill? {
        switch rag {
        case .red: .red
        case .amber: .amber
        case .green: .green
        case .complete: .grey
        case .none: nil
        }
    }
}
