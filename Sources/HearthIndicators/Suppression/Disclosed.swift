/// A figure as one audience may see it: shown, or withheld and written as DfE's "c".
///
/// Counts, rates, money, RAG ratings and directions of travel all take this shape once
/// `Disclosure` has decided on them, so a view cannot show a withheld figure by accident: it
/// has to take the value out of `.shown`.
public enum Disclosed<Value: Sendable & Hashable>: Sendable, Hashable {
    case shown(Value)
    case suppressed

    public var isSuppressed: Bool {
        if case .suppressed = self { return true }
        return false
    }

    /// The value, nil when withheld.
    public var shown: Value? {
        if case .shown(let v) = self { return v }
        return nil
    }

    public func map<T>(_ transform: (Value) -> T) -> Disclosed<T> {
        switch self {
        case .shown(let v): .shown(transform(v))
        case .suppressed: .suppressed
        }
    }

    /// The value written by `format`, or "c".
    public func text(_ format: (Value) -> String) -> String {
        shown.map(format) ?? "c"
    }
}

extension Disclosed: Codable where Value: Codable {}

extension Disclosed: CustomStringConvertible where Value: CustomStringConvertible {
    public var description: String { text(\.description) }
}

/// A count as it may leave the authority (the name the suppression tables have always used).
public typealias SuppressedValue = Disclosed<Int>
