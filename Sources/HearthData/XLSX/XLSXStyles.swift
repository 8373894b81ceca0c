import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `styles.xml` far enough to know which cell styles display a date, because Excel
/// stores a date as a plain number whose only mark is its style.
final class XLSXStyles: NSObject, XMLParserDelegate {
    private var customFormats: [Int: String] = [:]
    private var cellFormatIDs: [Int] = []
    private var inCellXfs = false

    /// Built-in number formats that are dates (ECMA-376 18.8.30).
    private static let builtinDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Which style indices (the `s` attribute of a cell) are date styles.
    var dateStyles: Set<Int> {
        var out = Set<Int>()
        for (i, id) in cellFormatIDs.enumerated() {
            if Self.builtinDateFormats.contains(id) || customFormats[id].map(Self.isDateFormat) == true {
                out.insert(i)
            }
        }
        return out
    }

    /// A format code shows a date when, outside quoted text and `[...]` sections, it has a day
    /// or year token (`m` alone may be minutes).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        for ch in code.lowercased() {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[": if !inQuote { inBracket = true }
            case "]": if !inQuote { inBracket = false }
            case "d", "y": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch XLSXXML.local(elementName) {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap(Int.init), let code = attributeDict["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
            cellFormatIDs.append(attributeDict["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if XLSXXML.local(elementName) == "cellXfs" { inCellXfs = false }
    }
}
