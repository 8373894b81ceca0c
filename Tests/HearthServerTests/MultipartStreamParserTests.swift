import Testing
@testable import HearthServer

/// Issue 17: the upload route's fuzzer found MultipartKit 4.7.1 trapping on a header-name byte of
/// 0x80 or more. Hearth's own parser answers every input with parts or an error.
@Suite struct MultipartStreamParserTests {
    struct Part: Equatable { var headers: [String]; var body: [UInt8] }

    /// Parses `body` fed in chunks of `chunk` bytes.
    static func parse(_ body: [UInt8], boundary: String = "B0und", chunk: Int = .max) throws -> [Part] {
        final class Sink { var parts: [Part] = [] }
        let sink = Sink()
        var parser = MultipartStreamParser(boundary: boundary)
        parser.onPartBegin = { h in sink.parts.append(Part(headers: h.map { "\($0.name)=\($0.value)" }, body: [])) }
        parser.onBody = { b in sink.parts[sink.parts.count - 1].body += b }
        var i = 0
        while i < body.count {
            let end = min(body.count, i + max(1, min(chunk, body.count)))
            try parser.feed(body[i..<end])
            i = end
        }
        try parser.finish()
        return sink.parts
    }

    static let form = Array(("preamble to ignore\r\n--B0und\r\n"
        + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken\r\n"
        + "--B0und  \r\nContent-Disposition: form-data; name=\"files\"; filename=\"cin.xml\"\r\nContent-Type: text/xml\r\n\r\n"
        + "<Message>\r\n--B0un not yet\r\n</Message>\r\n--B0und--\r\nepilogue").utf8)

    @Test func aFormReadsAlikeWhateverTheChunkSizes() throws {
        let whole = try Self.parse(Self.form)
        #expect(whole.count == 2)
        #expect(whole[0].headers == ["content-disposition=form-data; name=\"_csrf\""])
        #expect(whole[0].body == Array("token".utf8))
        #expect(whole[1].body == Array("<Message>\r\n--B0un not yet\r\n</Message>".utf8))
        for chunk in 1...Self.form.count { #expect(try Self.parse(Self.form, chunk: chunk) == whole, "chunks of \(chunk)") }
    }

    @Test(arguments: [
        "--B0und\r\nContent-\u{80}Disposition: x\r\n\r\nbody\r\n--B0und--",  // the trap MultipartKit hit
        "--B0und\r\nno colon here\r\n\r\nbody\r\n--B0und--",
        "--B0und\r\nContent-Disposition: form-data\r\n\r\nbody never closed",
        "--B0und\r\nContent-Disposition: form-data\r\n",
        "--B0undX\r\n",
        "not a form at all",
        "",
    ])
    func damagedFormsAreErrors(_ text: String) {
        var bytes = Array(text.utf8)
        if let i = bytes.firstIndex(of: 0xC2), text.contains("\u{80}") { bytes.remove(at: i) }  // a bare 0x80 byte
        #expect(throws: MultipartStreamParser.Failure.self) { _ = try Self.parse(bytes) }
    }

    @Test func aHeaderBlockCannotGrowWithoutEnd() {
        let endless = Array("--B0und\r\nX: ".utf8) + [UInt8](repeating: 65, count: MultipartStreamParser.maxHeaderBytes + 10)
        #expect(throws: MultipartStreamParser.Failure.self) { _ = try Self.parse(endless, chunk: 1000) }
    }

    @Test func nonUTF8FileNamesAreReadAsLatin1() throws {
        let body = Array("--B0und\r\nContent-Disposition: form-data; name=\"files\"; filename=\"".utf8) + [0xE9]
            + Array(".csv\"\r\n\r\nx\r\n--B0und--\r\n".utf8)
        #expect(try Self.parse(body).first?.headers.first?.contains("é.csv") == true)
    }
}
