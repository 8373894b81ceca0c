import Foundation
import Testing
import HearthCore
@testable import HearthData

/// Reading a census in parallel slices must give exactly what one pass gives: the same census
/// and the same problems, lines and element paths included.
@Suite struct CINSlicedReaderTests {
    /// Halton's census (2,600 children, 2,900 referrals): enough for thousands of slices down to
    /// single children, and a fifth of a larger authority's reading time in a debug build.
    static let generated: [UInt8] = {
        guard let statistics = try? PublishedStatistics.shipped(),
              let profile = try? AuthorityProfile.published("876", collectionYear: 2025, statistics: statistics),
              let cin = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 3).cin else { return [] }
        return CINCensusWriter.bytes(cin)
    }()

    /// Read once for all the cases that use the file as generated (debug builds are slow).
    static let generatedOnePass = CINCensusReader.read(source: ArrayByteSource(generated), fileName: "cin.xml")

    private func onePass(_ bytes: [UInt8]) -> CINReadResult {
        CINCensusReader.read(source: ArrayByteSource(bytes), fileName: "cin.xml")
    }

    private func sliced(_ bytes: [UInt8], slices: Int) -> CINReadResult? {
        CINCensusReader.readInSlices(ArraySliceableBytes(all: bytes), fileName: "cin.xml", slices: slices, minimumBytes: 0)
    }

    private func expectSame(_ a: CINReadResult, _ b: CINReadResult) {
        #expect(a.census == b.census)
        #expect(a.children == b.children)
        #expect(a.problems == b.problems)
    }

    /// Offsets of `pattern` in `bytes`, first to last. Byte-level: Foundation's string search
    /// over megabytes is very slow in debug builds.
    private static func offsets(of pattern: String, in bytes: [UInt8]) -> [Int] {
        let p = Array(pattern.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var found: [Int] = []
            guard let base = b.baseAddress, !p.isEmpty else { return found }
            var i = 0
            while i + p.count <= b.count {
                if b[i] == p[0], memcmp(base + i, p, p.count) == 0 { found.append(i) }
                i += 1
            }
            return found
        }
    }

    /// The bytes with the `n`th-from-last occurrence of `old` replaced.
    private func replacing(_ old: String, with new: String, fromEnd n: Int, in bytes: [UInt8]) throws -> [UInt8] {
        let found = Self.offsets(of: old, in: bytes)
        try #require(found.count >= n)
        var out = bytes
        let at = found[found.count - n]
        out.replaceSubrange(at..<(at + old.utf8.count), with: Array(new.utf8))
        return out
    }

    /// The bytes with every occurrence of `old` replaced.
    private func replacingAll(_ old: String, with new: String, in bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var last = 0
        for at in Self.offsets(of: old, in: bytes) {
            out.append(contentsOf: bytes[last..<at])
            out.append(contentsOf: Array(new.utf8))
            last = at + old.utf8.count
        }
        out.append(contentsOf: bytes[last...])
        return out
    }

    @Test(arguments: [2, 7, 61, 5000])
    func slicesGiveTheOnePassCensus(slices: Int) throws {
        // Given a generated census, cut into slices of every size down to single children
        let bytes = Self.generated
        try #require(bytes.count > 100_000)
        let plan = try #require(CINSlicePlan.make(ArraySliceableBytes(all: bytes), slices: slices, minimumBytes: 0))
        #expect(plan.cuts.count >= 3)
        // When it is read in slices and in one pass
        let result = try #require(sliced(bytes, slices: slices))
        // Then both agree, and no problems were invented
        let expected = Self.generatedOnePass
        #expect(expected.problems.isEmpty)
        #expect(expected.census != nil)
        expectSame(result, expected)
    }

    @Test(arguments: [2, 5, 23])
    func aBadDateLateInTheFileIsReportedWhereOnePassReportsIt(slices: Int) throws {
        // Given a bad date in a late child, and an unknown element in several children
        var bytes = try replacing("<CINreferralDate>", with: "<CINreferralDate>2024-13-45</CINreferralDate><CINreferralDate>",
                                  fromEnd: 3, in: Self.generated)
        for n in [2, 40, 400] {
            bytes = try replacing("<LAchildID>", with: "<Pet>cat</Pet><LAchildID>", fromEnd: n, in: bytes)
        }
        // When it is read in slices
        let result = try #require(sliced(bytes, slices: slices))
        // Then the problems, lines and paths are exactly one pass's
        let expected = onePass(bytes)
        #expect(expected.problems.map(\.field) == ["Pet", "CINreferralDate"])
        #expect(expected.problems.last?.line ?? 0 > 1000)
        expectSame(result, expected)
    }

    @Test func problemsOverTheLimitAreCountedAsInOnePass() throws {
        // Given more bad values of one kind than the log lists, spread over every slice
        let bytes = replacingAll("<ReferralSource>", with: "<ReferralSource>Z", in: Self.generated)
        // When it is read in slices
        let result = try #require(sliced(bytes, slices: 9))
        // Then the same problems are listed and the same number left out
        let expected = onePass(bytes)
        #expect(expected.problems.count == 51)
        expectSame(result, expected)
    }

    @Test func aMalformedFileIsLeftToOnePass() throws {
        // Given a child whose end tag is misspelt near the end of the file
        let bytes = try replacing("</Child>", with: "</Chlid>", fromEnd: 5, in: Self.generated)
        // Then slicing gives up, and reading gives one pass's fatal problem
        #expect(sliced(bytes, slices: 4) == nil)
        let expected = onePass(bytes)
        #expect(expected.isRejected)
        #expect(CINCensusReader.read(bytes: bytes, fileName: "cin.xml").problems == expected.problems)
    }

    @Test func aCommentHidingAChildTagIsLeftToOnePass() throws {
        // Given `<Child>` inside a comment before every child but the first, so the head is plain
        // and the cuts, which are made at `<Child` tags, land inside comments
        let first = try #require(Self.offsets(of: "<Child>", in: Self.generated).first)
        let head = Array(Self.generated[..<(first + 1)])
        let bytes = head + replacingAll("<Child>", with: "<!-- <Child> --><Child>", in: Array(Self.generated[(first + 1)...]))
        let plan = try #require(CINSlicePlan.make(ArraySliceableBytes(all: bytes), slices: 50, minimumBytes: 0))
        let comment = Array("<!-- ".utf8)
        let inComments = plan.cuts.dropFirst().dropLast().filter { Array(bytes[($0 - comment.count)..<$0]) == comment }
        #expect(!inComments.isEmpty, "no cut landed in a comment")
        // When it is read: slicing gives up
        #expect(sliced(bytes, slices: 50) == nil)
        // Then the one pass that reads it instead ignores the comments: the census as generated
        let expected = onePass(bytes)
        #expect(expected.problems.isEmpty)
        #expect(expected.census == Self.generatedOnePass.census)
        #expect(expected.children == Self.generatedOnePass.children)

        // And a comment before the first child (the head then holds one) is refused before any cut is made
        let commentedFirst = replacingAll("<Child>", with: "<!-- <Child> --><Child>", in: Self.generated)
        #expect(CINSlicePlan.make(ArraySliceableBytes(all: commentedFirst), slices: 50, minimumBytes: 0) == nil)
        #expect(sliced(commentedFirst, slices: 50) == nil)
        expectSame(onePass(commentedFirst), expected)
    }

    @Test func readsAFileInSlices() throws {
        // Given the census written to a file
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sliced-\(UUID().uuidString).xml")
        try Data(Self.generated).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        // When it is read in slices from disk
        let result = try #require(CINCensusReader.readInSlices(try FileSliceableBytes(url: url), fileName: url.lastPathComponent,
                                                               slices: 6, minimumBytes: 0))
        // Then it is what one pass reads
        let expected = Self.generatedOnePass
        #expect(result.census == expected.census)
        #expect(result.problems.isEmpty && expected.problems.isEmpty)
    }

    @Test func smallOrUnusualFilesAreNotSliced() {
        let bytes = Self.generated
        #expect(CINSlicePlan.make(ArraySliceableBytes(all: bytes), slices: 4, minimumBytes: bytes.count + 1) == nil)
        let prefixed = replacingAll("Child>", with: "cin:Child>", in: bytes)
        #expect(CINSlicePlan.make(ArraySliceableBytes(all: prefixed), slices: 4, minimumBytes: 0) == nil)
    }

    @Test func childIndexesInPathsMoveOn() {
        #expect(CINCensusParser.shiftingChildIndex("Message/Children/Child[3]/CINdetails[1]", prefix: "Message/Children/Child[", by: 10)
                == "Message/Children/Child[13]/CINdetails[1]")
        #expect(CINCensusParser.shiftingChildIndex("Message/Children", prefix: "Message/Children/Child[", by: 10) == "Message/Children")
    }
}
