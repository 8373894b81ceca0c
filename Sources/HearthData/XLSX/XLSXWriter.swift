import Foundation
import HearthCore

/// Writes a minimal, valid .xlsx workbook (content types, relationships, workbook, styles, one
/// worksheet part per sheet) that Excel and LibreOffice open.
///
/// Strings are written inline, so no shared-string table is needed; dates as serial numbers
/// with a `dd/mm/yyyy` style, so Excel shows and sorts them as dates. The output is
/// deterministic: the same sheets give the same bytes (fixed zip timestamps, no unordered
/// iteration).
public enum XLSXWriter {
    public static func data(_ sheets: [XLSXSheet]) throws(XLSXError) -> Data {
        guard !sheets.isEmpty else { throw .writeFailed("a workbook needs at least one sheet") }
        try validate(sheets.map(\.name))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", packageRels),
            ("xl/workbook.xml", workbook(sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", workbookRels(sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet.rows)))
        }
        return try XLSXParts.archive(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    public static func write(_ sheets: [XLSXSheet], to url: URL) throws(XLSXError) {
        let bytes = try data(sheets)
        do throws(ZipPackage.Failure) {
            try ZipPackage.write(bytes, to: url)
        } catch {
            throw .writeFailed(error.why)
        }
    }

    /// Excel's rules for sheet names: 1–31 characters, none of `: \ / ? * [ ]`, unique ignoring case.
    static func validate(_ names: [String]) throws(XLSXError) {
        var seen = Set<String>()
        for name in names {
            let bad = name.isEmpty || name.count > 31 || name.contains(where: { ":\\/?*[]".contains($0) })
                || name.hasPrefix("'") || name.hasSuffix("'")
            if bad || !seen.insert(name.lowercased()).inserted { throw .invalidSheetName(name) }
        }
    }

    // MARK: Parts

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let pkgRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    private static func contentTypes(_ count: Int) -> String {
        var s = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        s += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        s += #"<Default Extension="xml" ContentType="application/xml"/>"#
        s += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        s += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for i in stride(from: 1, through: count, by: 1) {
            s += #"<Override PartName="/xl/worksheets/sheet\#(i).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return s + "</Types>"
    }

    private static var packageRels: String {
        header + #"<Relationships xmlns="\#(pkgRelNS)">"#
            + #"<Relationship Id="rId1" Type="\#(relNS)/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>"
    }

    private static func workbook(_ names: [String]) -> String {
        var s = header + #"<workbook xmlns="\#(mainNS)" xmlns:r="\#(relNS)"><sheets>"#
        for (i, name) in names.enumerated() {
            s += #"<sheet name="\#(MarkupText.escape(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return s + "</sheets></workbook>"
    }

    private static func workbookRels(_ count: Int) -> String {
        var s = header + #"<Relationships xmlns="\#(pkgRelNS)">"#
        for i in 0..<count {
            s += #"<Relationship Id="rId\#(i + 1)" Type="\#(relNS)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        s += #"<Relationship Id="rId\#(count + 1)" Type="\#(relNS)/styles" Target="styles.xml"/>"#
        return s + "</Relationships>"
    }

    /// Style 0 is the default; style 1 shows a serial number as dd/mm/yyyy.
    private static var styles: String {
        header + #"<styleSheet xmlns="\#(mainNS)">"#
            + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>"#
            + #"<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
            + "</styleSheet>"
    }

    private static func worksheet(_ rows: [[XLSXCellValue?]]) -> String {
        var s = header + #"<worksheet xmlns="\#(mainNS)"><sheetData>"#
        for (r, row) in rows.enumerated() {
            let number = r + 1
            s += #"<row r="\#(number)">"#
            for (c, cell) in row.enumerated() {
                guard let cell else { continue }
                let ref = XLSXCellReference.columnName(c) + String(number)
                switch cell {
                case .text(let t):
                    // An inline string is text to every spreadsheet: "=1+1" is shown, never worked
                    // out (a formula needs an <f> element, which this writer never writes).
                    s += #"<c r="\#(ref)" t="inlineStr"><is><t xml:space="preserve">\#(MarkupText.escape(t))</t></is></c>"#
                case .number(let n) where n.isFinite:
                    s += #"<c r="\#(ref)"><v>\#(XLSXCellValue.format(n))</v></c>"#
                case .number:
                    s += #"<c r="\#(ref)" t="e"><v>#NUM!</v></c>"#
                case .bool(let b):
                    s += #"<c r="\#(ref)" t="b"><v>\#(b ? 1 : 0)</v></c>"#
                case .date(let d):
                    s += #"<c r="\#(ref)" s="1"><v>\#(d.excelSerial)</v></c>"#
                case .error(let e):
                    s += #"<c r="\#(ref)" t="e"><v>\#(MarkupText.escape(e))</v></c>"#
                }
            }
            s += "</row>"
        }
        return s + "</sheetData></worksheet>"
    }
}
