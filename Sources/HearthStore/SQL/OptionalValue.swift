/// Lets a value boxed as `any Encodable` say whether it is an empty optional.
protocol OptionalValue {
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    var isNone: Bool { self == nil }
}
