import Foundation
import Testing
import HearthCore
@testable import HearthData

/// The parallel reader reads plain children straight from bytes and gives everything else to
/// the parser: whatever the child looks like, the census and problems must be one pass's.
@Suite struct CINChildScannerTests {
    /// A few dozen generated children: small enough to read many variants in a debug build.
    static let small: [UInt8] = {
        let all = CINSlicedReaderTests.generated
        guard let census = CINCensusReader.read(source: ArrayByteSource(all), fileName: "cin.xml").census else { return [] }
        return CINCensusWriter.bytes(CINCensus(header: census.header, children: Array(census.children.prefix(40))))
    }()

    private func onePass(_ bytes: [UInt8]) -> CINReadResult {
        CINCensusReader.read(source: ArrayByteSource(bytes), fileName: "cin.xml")
    }

    private func sliced(_ bytes: [UInt8], slices: Int) -> CINReadResult? {
        CINCensusReader.readInSlices(ArraySliceableBytes(all: bytes), fileName: "cin.xml", slices: slices, minimumBytes: 0)
    }

    /// The bytes with the first and the last occurrence of `old` replaced.
    private func replacingFirstAndLast(_ old: String, with new: String, in bytes: [UInt8]) throws -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        let last = try #require(text.range(of: old, options: .backwards))
        text.replaceSubrange(last, with: new)
        let first = try #require(text.range(of: old))
        if first.lowerBound < last.lowerBound { text.replaceSubrange(first, with: new) }
        return Array(text.utf8)
    }

    static let edits: [(old: String, new: String)] = [
        ("<LAchildID>", "<LAchildID> "),                                      // whitespace to trim
        ("<LAchildID>", "<LAchildID>A&amp;"),                                 // an entity
        ("<UPN>", "<UPN>\n"),                                                 // a newline inside a value
        ("<PersonBirthDate>20", "<PersonBirthDate>01/02/20"),                 // dd/mm/yyyy, warned
        ("<CINreferralDate>20", "<CINreferralDate>x20"),                      // not a date
        ("<ReferralSource>", "<ReferralSource>Z"),                            // unknown code
        ("<ReferralNFA>", "<ReferralNFA>TRUE</ReferralNFA><ReferralNFA>"),    // other spellings, repeated
        ("<ReferralNFA>", "<ReferralNFA>yes</ReferralNFA><ReferralNFA>"),     // not a boolean
        ("<Ethnicity>", "<Ethnicity></Ethnicity><Ethnicity>"),                // an empty value
        ("<Disabilities>", "<Disabilities><Disability/>"),                    // a self-closing tag
        ("<Child>", "<Child id=\"1\">"),                                      // an attribute
        ("<Child>", "<!-- a comment --><Child>"),                             // a comment between children
        ("<CINdetails>", "<CINdetails><!-- note -->"),                        // a comment inside
        ("<ChildIdentifiers>", "<ChildIdentifiers>stray text"),               // text the parser ignores
        ("<LAchildID>", "<Pet>cat</Pet><LAchildID>"),                         // an unknown element
        ("<Sex>", "<CINdetails></CINdetails><Sex>"),                          // an episode in an odd place
        ("</ChildIdentifiers>", "<Disabilities><Disability>MOB</Disability></Disabilities></ChildIdentifiers>"),
        ("<LAchildID>", "<LAchildID>X</LAchildID><LAchildID>"),               // repeated: the last wins
        ("<ChildIdentifiers>", "<ChildIdentifiers><ChildIdentifiers></ChildIdentifiers>"),
        ("<CPPstartDate>", "<NumberOfPreviousCPP>+1</NumberOfPreviousCPP><CPPstartDate>"),
        ("<CPPstartDate>", "<NumberOfPreviousCPP>00012</NumberOfPreviousCPP><CPPstartDate>"),
        ("<Sex>", "<GenderCurrent>F</GenderCurrent><Sex>"),
        ("\n", "\r\n"),                                                       // CRLF
        ("<LAchildID>", "<LAchildID>Zoë"),                                    // beyond ASCII
        ("<LAchildID>", "<LAchildID>\u{01}"),                                 // a control byte: malformed
        ("</UPN>", "</UPn>"),                                                 // a mismatched end tag
        ("</ChildIdentifiers>", "</ChildIdentifier>"),
        ("<Child>", "<Child><Child>"),                                        // a child in a child
        ("</Child>", "</Child>x"),                                            // text between children
    ]

    @Test(arguments: edits.indices)
    func anUnusualChildIsReadAsOnePassReadsIt(edit: Int) throws {
        // Given a small census with one odd thing in an early child and one in a late child
        let (old, new) = Self.edits[edit]
        let bytes = try replacingFirstAndLast(old, with: new, in: Self.small)
        // When it is read in slices, so that the odd children meet the byte scanner
        let expected = onePass(bytes)
        let result = sliced(bytes, slices: 4) ?? onePass(bytes)
        // Then the census, the problems, their lines and paths are one pass's
        #expect(result.census == expected.census)
        #expect(result.children == expected.children)
        #expect(result.problems == expected.problems)
    }

    @Test func plainChildrenAreReadWithoutTheParser() throws {
        // Given a census whose children are all plain
        let bytes = Self.small
        // When it is read in slices
        let result = try #require(sliced(bytes, slices: 3))
        // Then every child is there, as one pass reads them
        let expected = onePass(bytes)
        #expect(result.children == 40)
        #expect(result.census == expected.census)
        #expect(expected.problems.isEmpty && result.problems.isEmpty)
    }

    @Test func aSliceWindowSmallerThanAChildGrowsToHoldIt() throws {
        // Given a slice read through a window far smaller than one child
        let start = try #require(CINSlicePlan.childTag(in: Self.small, from: 0))
        var window = CINSliceWindow(source: ArrayByteSource(Array(Self.small[start...]), chunkSize: 7), capacity: 64)
        var scanner = CINChildScanner()
        _ = try window.refill()
        // When children are scanned, reading more whenever the bytes run out
        var ids: [String] = []
        scan: while true {
            let at = window.position
            switch window.withBytes({ scanner.scan($0, from: at) }) {
            case .child(let child, let end):
                ids.append(child.childID)
                window.position = end
            case .needMore, .exhausted:
                if try !window.refill() { break scan }
            case .unusual:
                break scan  // `</Children>` after the last child
            }
        }
        // Then they are the census's children
        let expected = try #require(onePass(Self.small).census)
        #expect(ids == expected.children.map(\.childID))
    }

    @Test func isoDatesAreReadFromBytesAsFromText() {
        func bytes(_ s: String) -> Day? { Array(s.utf8).withUnsafeBufferPointer { Day(isoBytes: $0) } }
        for text in ["2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "20x4-01-01", "0000-01-01", "9999-12-31",
                     "2024-1-01", "2024-01-01T00:00", "2024-01-01 ", "2024/01/01", ""] {
            #expect(bytes(text) == Day(iso: text), "\(text)")
        }
        #expect(bytes("2024-02-29") == Day(year: 2024, month: 2, day: 29))
        #expect(bytes("2023-02-29") == nil)
    }

    @Test func byteStringIndexFindsExactlyTheListedStrings() {
        let index = ByteStringIndex(["A", "AB", "ABCDEFGH", "ABCDEFGHI", "ExpectedPersonBirthDate", "AB"])
        func find(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { index.index(of: $0, 0..<$0.count) } }
        #expect(find("A") == 0)
        #expect(find("AB") == 1)
        #expect(find("ABCDEFGH") == 2)
        #expect(find("ABCDEFGHI") == 3)
        #expect(find("ExpectedPersonBirthDate") == 4)
        #expect(find("ExpectedPersonBirthDatf") == nil)
        #expect(find("ABC") == nil)
        #expect(find("") == nil)
        // Matching near the end of the bytes reads nothing past them.
        let tail = Array("xxExpectedPersonBirthDate".utf8)
        #expect(tail.withUnsafeBufferPointer { index.matches(4, $0, at: 2) })
        #expect(!tail.withUnsafeBufferPointer { index.matches(4, $0, at: 3) })
    }
}
