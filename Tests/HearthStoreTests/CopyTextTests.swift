import Foundation
@testable import HearthStore
import Testing

/// The COPY text the PostgreSQL bulk path sends: what PostgreSQL's text format expects.
@Suite("COPY text")
struct CopyTextTests {
    @Test("values are tab-separated, escaped, NULL is \\N, bytes are bytea hex")
    func row() throws {
        var text = CopyText(capacity: 64)
        let missing: String? = nil
        let present: Int? = 7
        try text.appendRow([42], ["a\tb\\c\nd\re", missing, present, 0.1, true, Data([0x00, 0xAB, 0xFF])])
        #expect(String(decoding: text.bytes, as: UTF8.self) == "42\ta\\tb\\\\c\\nd\\re\t\\N\t7\t0.1\t1\t\\\\x00abff\n")
    }

    @Test("a value of no known kind is refused, not written wrongly")
    func unknown() {
        var text = CopyText(capacity: 8)
        #expect(throws: StoreError.self) { try text.append([1, 2]) }
    }
}
