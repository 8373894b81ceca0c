/// Tables and key–value lists as WordprocessingML tables.
enum DocxTableXML {
    /// A data table, or nothing when it has no cells at all (Word refuses a table without one).
    static func table(_ table: DocxTable) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        let widths = columnWidths(table.columnWidths, columns: columns, total: DocxPageLayout.textWidth)
        // A fixed layout keeps the widths we chose instead of letting Word fit them to the text.
        var xml = "<w:tbl><w:tblPr>" + #"<w:tblStyle w:val="\#(DocxStylesXML.tableStyleId)"/>"#
            + #"<w:tblW w:w="\#(DocxPageLayout.textWidth)" w:type="dxa"/>"#
            + #"<w:tblLayout w:type="fixed"/>"#
            + #"<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#
            + "</w:tblPr>" + grid(widths)
        // A table short enough for one page is kept on one: each row stays with the next.
        let whole = table.keepTogether
        if !table.header.isEmpty {
            let cells = padded(table.header.map { DocxCell($0, bold: true) }, to: columns)
            xml += row(cells, widths: widths, numericColumns: table.numericColumns, isHeader: true, keepNext: true)
        }
        for (index, cells) in table.rows.enumerated() {
            xml += row(padded(cells, to: columns), widths: widths, numericColumns: table.numericColumns, isHeader: false,
                       keepNext: whole && index < table.rows.count - 1)
        }
        return xml + "</w:tbl>"
    }

    /// A borderless two-column table with the keys in bold, or nothing for an empty list.
    static func keyValues(_ pairs: [DocxKeyValue]) -> String {
        guard !pairs.isEmpty else { return "" }
        let widths = columnWidths([0.3, 0.7], columns: 2, total: DocxPageLayout.textWidth)
        let noBorder = #"w:val="none" w:sz="0" w:space="0" w:color="auto""#
        // With no borders to show where the table starts, the keys should line up with the
        // body text, so the table is pulled left by the cell's inner margin.
        var xml = "<w:tbl><w:tblPr>" + #"<w:tblW w:w="\#(DocxPageLayout.textWidth)" w:type="dxa"/>"#
            + #"<w:tblInd w:w="-\#(DocxStylesXML.cellMargin)" w:type="dxa"/>"#
            + "<w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(noBorder)/>" }.joined()
            + "</w:tblBorders>" + #"<w:tblLayout w:type="fixed"/>"# + "</w:tblPr>" + grid(widths)
        for pair in pairs {
            xml += row([DocxCell(pair.key, bold: true), DocxCell(pair.value)], widths: widths, numericColumns: [], isHeader: false)
        }
        return xml + "</w:tbl>"
    }

    /// Column widths in twips that add up to exactly `total`. Rounding the running sum rather
    /// than each width keeps the last column from absorbing everyone's rounding error.
    static func columnWidths(_ fractions: [Double]?, columns: Int, total: Int) -> [Int] {
        guard columns > 0 else { return [] }
        var weights = Array(repeating: 1.0, count: columns)
        if let fractions, fractions.count == columns, fractions.allSatisfy({ $0.isFinite && $0 > 0 }) {
            weights = fractions
        }
        let sum = weights.reduce(0, +)
        var widths: [Int] = []
        var running = 0.0
        var previousEdge = 0
        for weight in weights {
            running += weight
            let edge = Int((Double(total) * running / sum).rounded())
            widths.append(edge - previousEdge)
            previousEdge = edge
        }
        return widths
    }

    private static func grid(_ widths: [Int]) -> String {
        "<w:tblGrid>" + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
    }

    private static func padded(_ cells: [DocxCell], to columns: Int) -> [DocxCell] {
        cells + Array(repeating: DocxCell(""), count: max(0, columns - cells.count))
    }

    /// A row that is never split across pages, so a reader never meets half a line of figures.
    private static func row(_ cells: [DocxCell], widths: [Int], numericColumns: Set<Int>, isHeader: Bool, keepNext: Bool = false) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>" + (isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
        for (column, cell) in cells.enumerated() {
            xml += "<w:tc><w:tcPr>" + #"<w:tcW w:w="\#(widths[column])" w:type="dxa"/>"#
            if isHeader {
                // Set on the cells, not only in the table style's first-row look, so that readers
                // which ignore table-style conditional formatting still mark the header.
                xml += #"<w:tcBorders><w:bottom w:val="single" w:sz="12" w:space="0" w:color="\#(DocxPalette.text)"/></w:tcBorders>"#
                xml += shading(DocxPalette.headerFill)
            } else if let fill = cell.fill {
                xml += shading(fill.hex)
            }
            xml += "</w:tcPr>"
            let paragraph = DocxParagraphXML(style: DocxStylesXML.tableTextStyleId, keepNext: keepNext, alignRight: numericColumns.contains(column))
            xml += paragraph.xml(DocxXMLText.run(cell.text, bold: cell.bold)) + "</w:tc>"
        }
        return xml + "</w:tr>"
    }

    private static func shading(_ hex: String) -> String {
        #"<w:shd w:val="clear" w:color="auto" w:fill="\#(hex)"/>"#
    }
}
