/// A whole number written as plain digits, read straight from bytes: what the byte readers take
/// without a `String`, leaving anything else (a sign, spaces, too many digits) to `Int(_:)` on
/// the slow path so its messages stay the same.
enum PlainDigits {
    /// The value of `p[r]` when it is 1 to 18 ASCII digits (too few to overflow), else nil.
    static func value(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        guard !r.isEmpty, r.count <= 18 else { return nil }
        var n = 0
        for k in r {
            let d = p[k] &- 48
            guard d <= 9 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }
}
