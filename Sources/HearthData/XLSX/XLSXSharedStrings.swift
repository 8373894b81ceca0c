/// Reads `sharedStrings.xml`: the table of strings that cells of type `s` index into.
/// Rich-text runs are joined; phonetic guides (`rPh`) are left out, as Excel shows them.
struct XLSXSharedStrings {
    private static let vocabulary = ["si", "t", "rPh"]
    private enum Tag { static let item = 0, text = 1, phonetic = 2 }

    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    mutating func handle(_ event: XMLEvent) {
        switch event {
        case .start(let name, _):
            switch name.id {
            case Tag.item: inItem = true; current = ""
            case Tag.phonetic: phoneticDepth += 1
            case Tag.text: inText = inItem && phoneticDepth == 0
            default: break
            }
        case .end(let name):
            switch name.id {
            case Tag.item: strings.append(current); inItem = false
            case Tag.phonetic: phoneticDepth -= 1
            case Tag.text: inText = false
            default: break
            }
        case .text(let s):
            if inText { current += s }
        }
    }

    /// The strings of the part `part`.
    static func read(_ bytes: [UInt8], part: String) throws(XLSXError) -> [String] {
        var table = XLSXSharedStrings()
        try XLSXXML.forEachEvent(in: bytes, part: part, vocabulary: vocabulary) { table.handle($0) }
        return table.strings
    }
}
