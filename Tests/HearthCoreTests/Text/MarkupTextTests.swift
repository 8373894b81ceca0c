import HearthCore
import Testing

@Suite struct MarkupTextTests {
    @Test func ordinaryTextIsUnchanged() {
        let text = "Children looked after: 1,234 (St Helens) — £2,500 a week; café\tnaïve\nsecond line\r\nthird 😀"
        #expect(MarkupText.escape(text) == text)
    }

    @Test func theFiveMarkupCharactersAreEscapedForTextAndEitherAttributeQuote() {
        #expect(MarkupText.escape(#"a & b < c > d "e" 'f'"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")
    }

    @Test func whatXMLForbidsOrDiscouragesIsDropped() {
        // Given every C0 control but tab and line ends, DEL, the C1 controls (NEL among them) and noncharacters
        let junk = (0..<0x20).filter { ![0x09, 0x0A, 0x0D].contains($0) } + [0x7F, 0x80, 0x85, 0x9F, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF]
        let text = "a" + String(String.UnicodeScalarView(junk.compactMap { Unicode.Scalar($0) })) + "b"

        // Then
        #expect(MarkupText.escape(text) == "ab")
        #expect(junk.allSatisfy { MarkupText.isDropped(Unicode.Scalar($0)!) })
    }

    @Test func theNeighboursOfTheDroppedRangesAreKept() {
        let kept: [UInt32] = [0x09, 0x0A, 0x0D, 0x20, 0x7E, 0xA0, 0xFDCF, 0xFDF0, 0xFFFD, 0x10000, 0x1FFFD]
        #expect(kept.allSatisfy { !MarkupText.isDropped(Unicode.Scalar($0)!) })
    }

    @Test func everyCharacterEscapingChangesStartsWithAByteThatSaysSo() {
        // The byte scan byte-level writers use to skip escaping must never miss a character it changes.
        let samples = Array(0..<0x800) + Array(0xFD00..<0x10000) + [0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF, 0x1F600]
        for value in samples {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = String(Character(scalar))
            guard MarkupText.escape(text) != text else { continue }
            #expect(text.utf8.contains(where: MarkupText.mayChange(utf8:)), "U+\(String(value, radix: 16))")
        }
    }

    @Test func continuationBytesAndPlainLettersNeedNoEscaping() {
        #expect(!(0x80...0xBF).contains { MarkupText.mayChange(utf8: UInt8($0)) })
        #expect(!"Hearth 2025-03-31".utf8.contains(where: MarkupText.mayChange(utf8:)))
    }

    @Test func anASCIIByteIsFlaggedExactlyWhenEscapingChangesIt() {
        for byte in UInt8(0)..<0x80 {
            let text = String(UnicodeScalar(byte))
            #expect(MarkupText.mayChange(utf8: byte) == (MarkupText.escape(text) != text), "byte \(byte)")
        }
    }
}
