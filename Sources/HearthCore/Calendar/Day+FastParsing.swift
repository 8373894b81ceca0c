extension Day {
    // Non-generic overloads of the parsers in Day+Parsing.swift, with the same rules. The generic
    // versions cannot be specialised outside this module, so every call from a reader went through
    // witness tables and allocated an array for `split`: over a second for a 903 return's dates.
    // A `String` argument picks these overloads.

    /// Parses `dd/mm/yyyy` (also `d/m/yyyy`); same rules as `init?(uk:)` on any `StringProtocol`.
    public init?(uk text: String) {
        var text = text
        guard let day = text.withUTF8({ Day.parseUK($0) }) else { return nil }
        self = day
    }

    /// Parses `yyyy-mm-dd`, ignoring a trailing `T…` time; same rules as `init?(iso:)`.
    public init?(iso text: String) {
        var text = text
        guard let day = text.withUTF8({ Day.parseISO($0) }) else { return nil }
        self = day
    }

    /// Parses `yyyy-mm-dd` (a trailing `T…` time ignored) straight from UTF-8 bytes, for readers
    /// that never make a `String` of a date; same rules as `init?(iso:)`.
    public init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let day = Day.parseISO(bytes) else { return nil }
        self = day
    }

    /// Parses either form, trying the one the text looks like.
    public init?(flexible text: String) {
        var text = text
        guard let day = text.withUTF8({ Day(flexibleBytes: $0) }) else { return nil }
        self = day
    }

    /// Parses either form straight from UTF-8 bytes, for readers that never make a `String` of
    /// a date; same rules as `init?(flexible:)`.
    public init?(flexibleBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let day = bytes.contains(UInt8(ascii: "/")) ? Day.parseUK(bytes) : Day.parseISO(bytes) else { return nil }
        self = day
    }

    private static func parseUK(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        // `dd/mm/yyyy`, the way nearly every return writes it, straight off the bytes.
        if u.count == 10, u[2] == UInt8(ascii: "/"), u[5] == UInt8(ascii: "/") {
            guard let d = pair(u, 0), let m = pair(u, 3), let c = pair(u, 6), let y = pair(u, 8) else { return nil }
            return civil(c * 100 + y, m, d)
        }
        guard let s1 = u.firstIndex(of: UInt8(ascii: "/")),
              let s2 = u[(s1 + 1)...].firstIndex(of: UInt8(ascii: "/")),
              !u[(s2 + 1)...].contains(UInt8(ascii: "/")),
              (1...2).contains(s1), (1...2).contains(s2 - s1 - 1), u.count - s2 - 1 == 4,
              let d = digits(u, 0, s1), let m = digits(u, s1 + 1, s2), let y = digits(u, s2 + 1, u.count)
        else { return nil }
        return civil(y, m, d)
    }

    private static func parseISO(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              u.count == 10 || u[10] == UInt8(ascii: "T"),
              let c = pair(u, 0), let y = pair(u, 2), let m = pair(u, 5), let d = pair(u, 8)
        else { return nil }
        return civil(c * 100 + y, m, d)
    }

    /// `Day(year:month:day:)`, from the month table when the year is in it.
    @inline(__always)
    private static func civil(_ y: Int, _ m: Int, _ d: Int) -> Day? {
        if case .some(let day) = DayMonthTable.day(year: y, month: m, day: d) { return day }
        return Day(year: y, month: m, day: d)
    }

    /// The two digits at `at` as a number; unrolled, as a date's fields always have two or four.
    @inline(__always)
    private static func pair(_ u: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int? {
        let a = u[at] &- 48, b = u[at + 1] &- 48
        guard a < 10, b < 10 else { return nil }
        return Int(a) &* 10 &+ Int(b)
    }

    private static func digits(_ u: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        guard from < to else { return nil }
        var n = 0
        for i in from..<to {
            let b = u[i]
            guard b >= 48, b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }
}
