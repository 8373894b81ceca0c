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
