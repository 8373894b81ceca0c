import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HearthCore

/// Streams the rows of one worksheet part, handing each to `onRow` as soon as it closes, so a
/// sheet of any length is read without building it all in memory.
final class XLSXSheetParser: NSObject, XMLParserDelegate {
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let onRow: (XLSXRow) -> Void

    private var rowNumber = 0
    private var cells: [Int: XLSXCellValue] = [:]
    private var column = -1
    private var cellType: String?
    private var cellStyle = 0
    private var text = ""
    private var collecting = false
    private var inInline = false
    private var phoneticDepth = 0
    private var value: String?
    private var inlineText: String?

    init(sharedStrings: [String], dateStyles: Set<Int>, onRow: @escaping (XLSXRow) -> Void) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.onRow = onRow
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch XLSXXML.local(elementName) {
        case "row":
            rowNumber = attributeDict["r"].flatMap(Int.init) ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            column = -1
        case "c":
            if let ref = attributeDict["r"], let parsed = XLSXCellReference.parse(ref) {
                column = parsed.column
            } else {
                column += 1
            }
            cellType = attributeDict["t"]
            cellStyle = attributeDict["s"].flatMap(Int.init) ?? 0
            value = nil
            inlineText = nil
        case "v":
            text = ""
            collecting = true
        case "is":
            inInline = true
            inlineText = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inInline && phoneticDepth == 0:
            text = ""
            collecting = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch XLSXXML.local(elementName) {
        case "v":
            value = text
            collecting = false
        case "t" where inInline && phoneticDepth == 0:
            inlineText = (inlineText ?? "") + text
            collecting = false
        case "rPh":
            phoneticDepth -= 1
        case "is":
            inInline = false
        case "c":
            if column >= 0, let v = cellValue() { cells[column] = v }
        case "row":
            let width = (cells.keys.max() ?? -1) + 1
            var dense = [XLSXCellValue?](repeating: nil, count: width)
            for (i, v) in cells { dense[i] = v }
            onRow(XLSXRow(number: rowNumber, cells: dense))
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    private func cellValue() -> XLSXCellValue? {
        switch cellType {
        case "inlineStr":
            return inlineText.map(XLSXCellValue.text)
        case "s":
            guard let v = value else { return nil }
            guard let i = Int(v.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(i) else {
                return .error("#SHARED!\(v)")
            }
            return .text(sharedStrings[i])
        case "str":
            return value.map(XLSXCellValue.text)
        case "b":
            return value.map { .bool($0.trimmingCharacters(in: .whitespaces) == "1") }
        case "e":
            return value.map(XLSXCellValue.error)
        case "d":
            guard let v = value else { return nil }
            return Day(iso: v).map(XLSXCellValue.date) ?? .text(v)
        default:
            guard let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty else {
                return inlineText.map(XLSXCellValue.text)
            }
            guard let n = Double(v) else { return .text(v) }
            if dateStyles.contains(cellStyle), let day = Day(excelSerial: n) { return .date(day) }
            return .number(n)
        }
    }
}
