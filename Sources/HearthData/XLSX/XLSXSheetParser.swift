import Foundation
import HearthCore

/// Streams the rows of one worksheet part: `handle` returns each row as soon as it closes, so
/// a sheet of any length is read without building it all in memory.
struct XLSXSheetParser {
    static let vocabulary = ["row", "c", "v", "is", "t", "rPh"]
    private enum Tag { static let row = 0, cell = 1, value = 2, inline = 3, text = 4, phonetic = 5 }

    private let sharedStrings: [String]
    private let dateStyles: Set<Int>

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

    init(sharedStrings: [String], dateStyles: Set<Int>) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// Takes the next event of the sheet; returns the row it closes, if it closes one.
    mutating func handle(_ event: XMLEvent) -> XLSXRow? {
        switch event {
        case .start(let name, let attributes):
            start(name.id, attributes)
        case .end(let name):
            return end(name.id)
        case .text(let s):
            if collecting { text += s }
        }
        return nil
    }

    private mutating func start(_ tag: Int?, _ attributes: [XMLAttribute]) {
        switch tag {
        case Tag.row:
            rowNumber = XLSXXML.attribute(attributes, "r").flatMap(Int.init) ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            column = -1
        case Tag.cell:
            if let ref = XLSXXML.attribute(attributes, "r"), let parsed = XLSXCellReference.parse(ref) {
                column = parsed.column
            } else {
                column += 1
            }
            cellType = XLSXXML.attribute(attributes, "t")
            cellStyle = XLSXXML.attribute(attributes, "s").flatMap(Int.init) ?? 0
            value = nil
            inlineText = nil
        case Tag.value:
            text = ""
            collecting = true
        case Tag.inline:
            inInline = true
            inlineText = ""
        case Tag.phonetic:
            phoneticDepth += 1
        case Tag.text where inInline && phoneticDepth == 0:
            text = ""
            collecting = true
        default:
            break
        }
    }

    private mutating func end(_ tag: Int?) -> XLSXRow? {
        switch tag {
        case Tag.value:
            value = text
            collecting = false
        case Tag.text where inInline && phoneticDepth == 0:
            inlineText = (inlineText ?? "") + text
            collecting = false
        case Tag.phonetic:
            phoneticDepth -= 1
        case Tag.inline:
            inInline = false
        case Tag.cell:
            // A column past any real sheet (XFD is 16,384) would make the dense row below
            // enormous: such a cell is dropped rather than allocated for.
            if column >= 0, column < XLSXSheetParser.maxColumns, let v = cellValue() { cells[column] = v }
        case Tag.row:
            let width = (cells.keys.max() ?? -1) + 1
            var dense = [XLSXCellValue?](repeating: nil, count: width)
            for (i, v) in cells { dense[i] = v }
            return XLSXRow(number: rowNumber, cells: dense)
        default:
            break
        }
        return nil
    }

    /// Excel's widest sheet: columns A to XFD.
    static let maxColumns = 16_384

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
