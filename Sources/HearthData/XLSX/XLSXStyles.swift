/// Reads `styles.xml` far enough to know which cell styles display a date, because Excel
/// stores a date as a plain number whose only mark is its style.
struct XLSXStyles {
    private static let vocabulary = ["numFmt", "cellXfs", "xf"]
    private enum Tag { static let numberFormat = 0, cellFormats = 1, format = 2 }

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

    mutating func handle(_ event: XMLEvent) {
        switch event {
        case .start(let name, let list):
            switch name.id {
            case Tag.numberFormat:
                if let id = XLSXXML.attribute(list, "numFmtId").flatMap(Int.init),
                   let code = XLSXXML.attribute(list, "formatCode") {
                    customFormats[id] = code
                }
            case Tag.cellFormats: inCellXfs = true
            case Tag.format where inCellXfs:
                cellFormatIDs.append(XLSXXML.attribute(list, "numFmtId").flatMap(Int.init) ?? 0)
            default: break
            }
        case .end(let name):
            if name.id == Tag.cellFormats { inCellXfs = false }
        case .text:
            break
        }
    }

    /// The date styles of the part `part`.
    static func dateStyles(_ bytes: [UInt8], part: String) throws(XLSXError) -> Set<Int> {
        var styles = XLSXStyles()
        try XLSXXML.forEachEvent(in: bytes, part: part, vocabulary: vocabulary) { styles.handle($0) }
        return styles.dateStyles
    }
}
