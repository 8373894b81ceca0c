import Testing
import HearthCore

@Suite struct ParallelTests {
    @Test func givesEachPieceOfWorksResultInItsPlace() {
        // More pieces than cores, of uneven cost: the order is the pieces', not the timing's.
        let squares = Parallel.map(40) { i in (0..<(i * 1_000)).reduce(0) { $0 &+ $1 & 1 } &+ i * i }
        #expect(squares == (0..<40).map { i in (0..<(i * 1_000)).reduce(0) { $0 &+ $1 & 1 } &+ i * i })
        #expect(Parallel.map(0) { $0 }.isEmpty)
    }

    @Test func runsTwoDifferentPiecesAndKeepsThemApart() {
        let (text, number) = Parallel.both({ String(repeating: "c", count: 3) }, { 6 * 7 })
        #expect(text == "ccc" && number == 42)
    }
}
