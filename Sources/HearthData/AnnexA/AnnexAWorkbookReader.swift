import Foundation
import HearthCore

/// Reads an Annex A workbook (.xlsx): each sheet whose headings match a list is read as that
/// list, whatever the sheet is called. Problems name the sheet (`element`) and the sheet's row
/// number (`line`).
///
/// Sheets that match no list (cover notes, guidance) are passed over with a warning. The heading
/// row may sit below a title: the first rows of each sheet are searched for it.
public enum AnnexAWorkbookReader {
    /// How many non-blank rows at the top of a sheet may precede the heading row.
    static let headingSearchRows = 10

    public static func read(url: URL, fileName: String? = nil) -> AnnexAReadResult {
        let name = fileName ?? url.lastPathComponent
        return read(name) { () throws(XLSXError) in try XLSXReader(url: url) }
    }

    public static func read(data: Data, fileName: String) -> AnnexAReadResult {
        read(fileName) { () throws(XLSXError) in try XLSXReader(data: data) }
    }

    private static func read(_ fileName: String, open: () throws(XLSXError) -> XLSXReader) -> AnnexAReadResult {
        var log = ProblemLog(file: fileName)
        var records: [AnnexAList: [AnnexARecord]] = [:]
        var sheetOfList: [AnnexAList: String] = [:]
        do {
            let workbook = try open()
            for sheet in workbook.sheetNames {
                let (list, rows) = try readSheet(sheet, of: workbook, &log)
                guard let list else { continue }
                if let earlier = sheetOfList[list] {
                    log.add(.warning, element: sheet,
                            "\(list.title) also appears on sheet \"\(earlier)\"; the rows of both sheets were read")
                } else {
                    sheetOfList[list] = sheet
                }
                records[list, default: []].append(contentsOf: rows)
            }
        } catch {
            log.add(.fatal, error.description)
            return AnnexAReadResult(annexA: AnnexA(records: [:]), problems: log.finished())
        }
        if sheetOfList.isEmpty {
            log.add(.fatal, "no sheet of this workbook has the headings of an Annex A list")
        }
        return AnnexAReadResult(annexA: AnnexA(records: records), problems: log.finished())
    }

    private static func readSheet(_ sheet: String, of workbook: XLSXReader,
                                  _ log: inout ProblemLog) throws(XLSXError) -> (AnnexAList?, [AnnexARecord]) {
        var decoder: AnnexARowDecoder?
        var dateColumns = Set<Int>()
        var candidates: [XLSXRow] = []
        var gaveUp = false
        var records: [AnnexARecord] = []
        var sheetLog = log
        try workbook.forEachRow(inSheet: sheet) { row in
            if row.isBlank || gaveUp { return }
            if let decoder {
                let values = strings(row, dateColumns: dateColumns, width: decoder.width)
                if let r = decoder.decode(values, line: row.number, &sheetLog) { records.append(r) }
                return
            }
            let headings = row.cells.map { $0?.text ?? "" }
            if case .recognised = AnnexAHeadingMatch.best(for: headings).outcome,
               let match = AnnexAReader.match(headings: headings, line: row.number, element: sheet, &sheetLog) {
                decoder = AnnexARowDecoder(match: match, element: sheet, width: headings.count, checksWidth: false)
                dateColumns = Set(match.spec.dateColumns.compactMap { match.positions[$0] })
                return
            }
            candidates.append(row)
            if candidates.count >= headingSearchRows { gaveUp = true }
        }
        log = sheetLog
        if decoder == nil {
            // Report the most list-like of the top rows so a near miss names what is missing.
            let nearest = candidates.lazy.compactMap { row -> (XLSXRow, AnnexAHeadingMatch.Outcome)? in
                let outcome = AnnexAHeadingMatch.best(for: row.cells.map { $0?.text ?? "" }).outcome
                if case .nearMiss = outcome { return (row, outcome) }
                return nil
            }.first
            if let (row, _) = nearest {
                _ = AnnexAReader.match(headings: row.cells.map { $0?.text ?? "" }, line: row.number,
                                       element: sheet, failure: .error, &log)
            } else {
                log.add(.warning, element: sheet, "sheet is not an Annex A list (no heading row found); passed over")
            }
            return (nil, [])
        }
        return (decoder?.spec.list, records)
    }

    /// A sheet row as the text cells a CSV of it would hold. Numbers in date columns are Excel
    /// serial dates whatever their style (templates often lose the date format).
    static func strings(_ row: XLSXRow, dateColumns: Set<Int>, width: Int) -> [String] {
        var out = [String](repeating: "", count: max(width, row.cells.count))
        for (i, cell) in row.cells.enumerated() {
            guard let cell else { continue }
            switch cell {
            case .number(let n) where dateColumns.contains(i):
                out[i] = Day(excelSerial: n)?.uk ?? cell.text
            case .text(let t):
                out[i] = t.trimmingCharacters(in: .whitespacesAndNewlines)
            default:
                out[i] = cell.text
            }
        }
        return out
    }
}
