import Testing
@testable import HearthData

@Suite struct CINTagRunsTests {
    /// Runs `body` on `text`'s bytes followed by eight spare bytes, as the scanner's buffers are.
    private func withBytes<R>(_ text: String, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        let bytes = Array(text.utf8) + Array(repeating: UInt8(ascii: "#"), count: 8)
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
    }

    private func learn(_ runs: CINTagRuns, after state: Int, _ text: String, newlines: Int, next: Int) {
        Array(text.utf8).withUnsafeBufferPointer { runs.learn(after: state, $0, newlines: newlines, next: next) }
    }

    @Test func packedRunsCompareEqualOnlyToTheirOwnBytes() {
        // Lengths on both sides of a word boundary, packed from buffers short and long.
        for text in ["<UPN>", "</Sex>\n", "\n        <CINreferralDate>", "\n  <AssessmentInternalReviewDate>xx"] {
            var words = [UInt64](repeating: 0, count: 6)
            Array(text.utf8).withUnsafeBufferPointer { b in words.withUnsafeMutableBufferPointer { CINWords.pack(b, into: $0.baseAddress!) } }
            withBytes(text) { p, _ in #expect(CINWords.equal(p, words, count: text.utf8.count)) }
            // One byte changed, first or last, and it no longer matches.
            for k in [0, text.utf8.count - 1] {
                var changed = Array(text.utf8)
                changed[k] ^= 0x20
                withBytes(String(decoding: changed, as: UTF8.self)) { p, _ in #expect(!CINWords.equal(p, words, count: text.utf8.count)) }
            }
        }
    }

    @Test func findsTheFirstByteOfAKindInAWord() {
        withBytes("2013-09-<23<x") { p, _ in
            #expect(CINWords.first(UInt8(ascii: "<"), in: CINWords.load(p, 0)) == 8)
            #expect(CINWords.first(UInt8(ascii: "<"), in: CINWords.load(p, 1)) == 7)
            #expect(CINWords.first(UInt8(ascii: "<"), in: CINWords.load(p, 8)) == 0)
            #expect(CINWords.first(UInt8(ascii: "-"), in: CINWords.load(p, 0)) == 4)
        }
    }

    @Test func matchesTheLastTwoRunsSeenAfterATag() {
        let runs = CINTagRuns(states: 4, ways: 2)
        withBytes("\n    <A>") { p, n in #expect(runs.match(after: 1, p, available: n) == nil) }
        learn(runs, after: 1, "\n    <A>", newlines: 1, next: 2)
        learn(runs, after: 1, "\n    </B>", newlines: 1, next: 3)
        // Both are taken, with their newlines and the tag they end in.
        withBytes("\n    <A>value") { p, n in
            let run = runs.match(after: 1, p, available: n)
            #expect(run?.length == 8 && run?.newlines == 1 && run?.next == 2)
        }
        withBytes("\n    </B>") { p, n in #expect(runs.match(after: 1, p, available: n)?.next == 3) }
        // Not after another tag, nor with other indentation, nor with too few bytes to read.
        withBytes("\n    <A>") { p, n in #expect(runs.match(after: 0, p, available: n) == nil) }
        withBytes("\n      <A>") { p, n in #expect(runs.match(after: 1, p, available: n) == nil) }
        withBytes("\n    <A>") { p, _ in #expect(runs.match(after: 1, p, available: 7) == nil) }
        // A third run pushes out the oldest.
        learn(runs, after: 1, "\n<C>", newlines: 1, next: 0)
        withBytes("\n    <A>") { p, n in #expect(runs.match(after: 1, p, available: n) == nil) }
        withBytes("\n    </B>") { p, n in #expect(runs.match(after: 1, p, available: n)?.next == 3) }
    }

    @Test func leavesOutRunsLongerThanItKeeps() {
        let runs = CINTagRuns(states: 2, ways: 1)
        let long = "\n" + String(repeating: " ", count: 60) + "<A>"
        learn(runs, after: 0, long, newlines: 1, next: 1)
        withBytes(long) { p, n in #expect(runs.match(after: 0, p, available: n) == nil) }
    }
}
