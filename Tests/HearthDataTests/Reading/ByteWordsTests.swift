import Testing
@testable import HearthData

@Suite struct ByteWordsTests {
    /// Runs `body` on `text`'s bytes followed by eight spare bytes, as the readers' buffers are.
    private func withBytes<R>(_ text: String, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        let bytes = Array(text.utf8) + Array(repeating: UInt8(ascii: "#"), count: 8)
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
    }

    @Test func packedRunsCompareEqualOnlyToTheirOwnBytes() {
        // Lengths on both sides of a word boundary, packed from buffers short and long.
        for text in ["<UPN>", "</Sex>\n", "\n        <CINreferralDate>", "\n  <AssessmentInternalReviewDate>xx"] {
            var words = [UInt64](repeating: 0, count: 6)
            Array(text.utf8).withUnsafeBufferPointer { b in words.withUnsafeMutableBufferPointer { ByteWords.pack(b, into: $0.baseAddress!) } }
            withBytes(text) { p, _ in #expect(ByteWords.equal(p, words, count: text.utf8.count)) }
            // One byte changed, first or last, and it no longer matches.
            for k in [0, text.utf8.count - 1] {
                var changed = Array(text.utf8)
                changed[k] ^= 0x20
                withBytes(String(decoding: changed, as: UTF8.self)) { p, _ in #expect(!ByteWords.equal(p, words, count: text.utf8.count)) }
            }
        }
    }

    @Test func findsTheFirstByteOfAKindInAWord() {
        withBytes("2013-09-<23<x") { p, _ in
            #expect(ByteWords.first(UInt8(ascii: "<"), in: ByteWords.load(p, 0)) == 8)
            #expect(ByteWords.first(UInt8(ascii: "<"), in: ByteWords.load(p, 1)) == 7)
            #expect(ByteWords.first(UInt8(ascii: "<"), in: ByteWords.load(p, 8)) == 0)
            #expect(ByteWords.first(UInt8(ascii: "-"), in: ByteWords.load(p, 0)) == 4)
        }
    }

    @Test func findsTheEndOfAPlainCSVField() {
        withBytes("2024-04-01,L2,") { p, _ in #expect(ByteWords.firstFieldEnd(in: ByteWords.load(p, 0)) == 8) }
        withBytes("P1,E1,01/04/2024") { p, _ in #expect(ByteWords.firstFieldEnd(in: ByteWords.load(p, 0)) == 2) }
        withBytes("ABCDEFG\r\n") { p, _ in #expect(ByteWords.firstFieldEnd(in: ByteWords.load(p, 0)) == 7) }
        withBytes("AB\nCD,EF") { p, _ in #expect(ByteWords.firstFieldEnd(in: ByteWords.load(p, 0)) == 2) }
        withBytes("ABC\u{0}DEFG") { p, _ in #expect(ByteWords.firstFieldEnd(in: ByteWords.load(p, 0)) == 3) }
        // Bytes above 0x7F (UTF-8 letters) are not taken for an end.
        withBytes("Zoë Smith,") { p, _ in #expect(ByteWords.firstFieldEnd(in: ByteWords.load(p, 0)) == 8) }
    }
}
