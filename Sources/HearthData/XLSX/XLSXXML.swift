import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Running Foundation's XMLParser over a workbook part.
enum XLSXXML {
    /// Parses `data` with `delegate`, streaming: `XMLParser(data:)` fails on large sheets on
    /// Linux, the stream form does not.
    static func parse(_ data: Data, part: String, delegate: XMLParserDelegate) throws(XLSXError) {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        if !parser.parse() {
            let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown XML error"
            throw .malformedXML(part: part, message: "line \(parser.lineNumber): \(message)")
        }
    }

    /// `x:sheet` → `sheet`: Excel writes no prefixes, other producers sometimes do.
    static func local(_ name: String) -> Substring {
        if let i = name.lastIndex(of: ":") { return name[name.index(after: i)...] }
        return Substring(name)
    }

    /// An attribute by local name (`r:id` is found as `id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let v = attributes[name] { return v }
        for (k, v) in attributes where local(k) == name { return v }
        return nil
    }
}

/// Collects the attributes of every element with one of the given local names, in document
/// order: enough for the small parts (rels, workbook, styles).
final class XLSXElementCollector: NSObject, XMLParserDelegate {
    private let names: Set<String>
    private(set) var elements: [(name: String, attributes: [String: String])] = []

    init(_ names: Set<String>) { self.names = names }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let name = String(XLSXXML.local(elementName))
        if names.contains(name) { elements.append((name, attributeDict)) }
    }
}
