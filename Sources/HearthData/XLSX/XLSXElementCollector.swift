/// Collects the attributes of every element with one of the given local names, in document
/// order: enough for the small parts (rels, workbook).
struct XLSXElementCollector {
    private let names: Set<String>
    private(set) var elements: [(name: String, attributes: [String: String])] = []

    init(_ names: Set<String>) { self.names = names }

    mutating func handle(_ event: XMLEvent) {
        guard case .start(let name, let attributes) = event, names.contains(name.local) else { return }
        elements.append((name.local, XLSXXML.attributes(attributes)))
    }

    /// The elements of `bytes` (the part `part`) named in `names`.
    static func collect(_ names: Set<String>, in bytes: [UInt8], part: String) throws(XLSXError)
        -> [(name: String, attributes: [String: String])] {
        var collector = XLSXElementCollector(names)
        try XLSXXML.forEachEvent(in: bytes, part: part) { collector.handle($0) }
        return collector.elements
    }
}
