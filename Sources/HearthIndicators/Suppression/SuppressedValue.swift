/// A count as it may leave the authority: shown, or replaced by DfE's "c".
public enum SuppressedValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case shown(Int)
    case suppressed

    public var description: String {
        switch self {
        case .shown(let n): String(n)
        case .suppressed: "c"
        }
    }

    public var isSuppressed: Bool { self == .suppressed }
}
