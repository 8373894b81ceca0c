/// In JSON a published value is its number, or DfE's symbol as a string ("c", "x", "z", "k",
/// "u"), so a page or API client can never mistake a suppressed figure for zero.
extension PublishedValue: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Double.self) { self = .number(n) } else { self = PublishedValue(text: try c.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let n = number { try c.encode(n) } else { try c.encode(description) }
    }
}
