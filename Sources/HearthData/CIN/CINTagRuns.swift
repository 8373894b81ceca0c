/// For each tag of the census, the exact bytes that came after it the last times: the newline,
/// the indentation and the next tag (`\n      <CINreferralDate>`).
///
/// A census repeats one layout for nearly a million children, so the run after a tag is nearly
/// always one of the last two seen after it (an optional element there or not), and one
/// comparison of a few words takes the whitespace and the next tag together, where skipping
/// spaces and then matching a name took a loop each. A run is only learned from bytes the
/// scanner has just read the slow way, and only taken when the bytes are identical, so the
/// result (tag, position, lines passed) is the slow way's.
///
/// The scanner keeps a second table of these, fixed, with one way: each tag's `</Name>`,
/// indexed by the tag, which closes a leaf's value in one comparison.
final class CINTagRuns {
    /// Longest run kept: enough for a tag name of 28 bytes and 16 spaces of indentation.
    static let maxLength = 48
    private static let wordsPerRun = maxLength / 8

    /// Runs kept per state, the most recent first.
    private let ways: Int
    let words: UnsafeMutablePointer<UInt64>
    /// Bytes in each run; 0 when none is known yet.
    let lengths: UnsafeMutablePointer<Int32>
    /// Newlines in each run.
    let newlines: UnsafeMutablePointer<Int32>
    /// The state the run ends in (its tag).
    let next: UnsafeMutablePointer<Int32>

    /// `states` as the scanner counts them (tag position × 2, + 1 for an end tag).
    init(states: Int, ways: Int) {
        self.ways = ways
        let slots = states * ways
        words = .allocate(capacity: slots * Self.wordsPerRun)
        words.initialize(repeating: 0, count: slots * Self.wordsPerRun)
        lengths = .allocate(capacity: slots)
        lengths.initialize(repeating: 0, count: slots)
        newlines = .allocate(capacity: slots)
        newlines.initialize(repeating: 0, count: slots)
        next = .allocate(capacity: slots)
        next.initialize(repeating: 0, count: slots)
    }

    deinit {
        words.deallocate()
        lengths.deallocate()
        newlines.deallocate()
        next.deallocate()
    }

    /// A run after `state` that the bytes at `bytes` (with `available` readable) start with: its
    /// length, newlines and the state it ends in.
    @inline(__always)
    func match(after state: Int, _ bytes: UnsafePointer<UInt8>, available: Int) -> (length: Int, newlines: Int, next: Int)? {
        var slot = state &* ways
        let end = slot &+ ways
        while slot < end {
            let n = Int(lengths[slot])
            if n > 0, available >= ByteWords.readable(n),
               ByteWords.equal(bytes, words + slot &* Self.wordsPerRun, count: n) {
                return (n, Int(newlines[slot]), Int(next[slot]))
            }
            slot &+= 1
        }
        return nil
    }

    /// Remembers `run` (whitespace, then the tag read in `next`) as the latest to follow `state`,
    /// the one before it kept as the second way.
    func learn(after state: Int, _ run: UnsafeBufferPointer<UInt8>, newlines count: Int, next tag: Int) {
        guard run.count <= Self.maxLength else { return }
        let first = state * ways
        for slot in stride(from: first + ways - 1, to: first, by: -1) {
            (words + slot * Self.wordsPerRun).update(from: words + (slot - 1) * Self.wordsPerRun, count: Self.wordsPerRun)
            lengths[slot] = lengths[slot - 1]
            newlines[slot] = newlines[slot - 1]
            next[slot] = next[slot - 1]
        }
        let into = words + first * Self.wordsPerRun
        into.update(repeating: 0, count: Self.wordsPerRun)
        ByteWords.pack(run, into: into)
        lengths[first] = Int32(run.count)
        newlines[first] = Int32(count)
        next[first] = Int32(tag)
    }
}
