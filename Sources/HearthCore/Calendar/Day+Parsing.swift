extension Day {
    /// Parses `yyyy-mm-dd` (the CIN census and XML forms); a trailing time (`T…`) is ignored.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8.prefix(10))
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = Day.number(u[0..<4]), let m = Day.number(u[5..<7]), let d = Day.number(u[8..<10])
        else { return nil }
        if text.utf8.count > 10, text.utf8.dropFirst(10).first != UInt8(ascii: "T") { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses `dd/mm/yyyy` (SSDA903, Annex A); also accepts `d/m/yyyy` as Excel writes it.
    public init?(uk text: some StringProtocol) {
        let parts = text.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4,
              let d = Day.number(parts[0]), let m = Day.number(parts[1]), let y = Day.number(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses either form, trying the one the text looks like.
    public init?(flexible text: some StringProtocol) {
        if text.utf8.contains(UInt8(ascii: "/")) { self.init(uk: text) } else { self.init(iso: text) }
    }

    /// An Excel serial date (1900 system, with Excel's fictitious 29 Feb 1900 accounted for).
    public init?(excelSerial serial: Double) {
        guard serial.isFinite, serial >= 61, serial < 2_958_466 else { return nil }
        // Serial 25569 is 1970-01-01.
        self.init(ordinal: Int32(serial.rounded(.down)) - 25569)
    }

    public var excelSerial: Int { Int(ordinal) + 25569 }

    private static func number<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        var n = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return bytes.isEmpty ? nil : n
    }
}
