import Foundation

/// One cell of a DfE published-statistics table: a number, or the reason there is none.
///
/// DfE marks cells it will not or cannot publish with symbols; they must never be read as zero,
/// so each keeps its meaning here and `number` is nil for all of them.
public enum PublishedValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    /// `c`: suppressed to protect confidentiality (counts 1–5 and secondary suppression).
    case suppressed
    /// `x` or `:`: not available (not collected, or not published for this level).
    case notAvailable
    /// `z`: not applicable.
    case notApplicable
    /// `k` or `low`: rounds to zero but is not zero.
    case roundsToZero
    /// `u`: low reliability.
    case lowReliability

    /// Reads a cell as EES writes it. Blank and unrecognised text count as not available.
    public init(text: some StringProtocol) {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch t.lowercased() {
        case "c": self = .suppressed
        case "x", ":", "": self = .notAvailable
        case "z": self = .notApplicable
        case "k", "low": self = .roundsToZero
        case "u": self = .lowReliability
        default:
            // Large counts are sometimes written with thousands separators.
            let cleaned = t.contains(",") ? t.replacingOccurrences(of: ",", with: "") : t
            if let v = Double(cleaned), v.isFinite { self = .number(v) } else { self = .notAvailable }
        }
    }

    /// The number, or nil for every symbol.
    public var number: Double? {
        if case .number(let v) = self { return v }
        return nil
    }

    /// Whether the cell holds a number (not a symbol).
    public var isNumber: Bool { number != nil }

    /// The symbol DfE writes for this value, or the number as text.
    public var description: String {
        switch self {
        case .number(let v): v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
        case .suppressed: "c"
        case .notAvailable: "x"
        case .notApplicable: "z"
        case .roundsToZero: "k"
        case .lowReliability: "u"
        }
    }
}
