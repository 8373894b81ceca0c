/// Runs Hearth's own XML tokenizer over a workbook part.
///
/// Foundation's XML parser is not used: on Linux it traps on some malformed input (an invalid
/// UTF-8 byte in an element name was enough), so one uploaded workbook could take the server
/// down. The tokenizer returns an error for any input, and its errors carry the line and the
/// element path, which go into the message an analyst sees.
enum XLSXXML {
    /// Calls `body` with every event of `bytes`, in document order. Whitespace-only text is
    /// kept, because `<t xml:space="preserve"> </t>` is a cell holding a space.
    static func forEachEvent(in bytes: [UInt8], part: String, vocabulary: [String] = [],
                             _ body: (XMLEvent) -> Void) throws(XLSXError) {
        var xml = XMLTokenizer(bytes: bytes, vocabulary: vocabulary)
        xml.keepsWhitespace = true
        do {
            while let event = try xml.next() { body(event) }
        } catch {
            throw .malformedXML(part: part, message: error.description)
        }
    }

    /// The attributes of a start tag by local name (`r:id` is found as `id`; the tokenizer
    /// strips prefixes, which Excel does not write but other producers do).
    static func attributes(_ list: [XMLAttribute]) -> [String: String] {
        var out: [String: String] = [:]
        for a in list where out[a.name] == nil { out[a.name] = a.value }
        return out
    }

    /// One attribute by local name, without building a dictionary: cells have two or three.
    static func attribute(_ list: [XMLAttribute], _ name: String) -> String? {
        list.first { $0.name == name }?.value
    }
}
