/// One line of a ``DocxBlock/keyValues(_:)`` list, such as "Chair" and "Cllr A. Smith".
public struct DocxKeyValue: Sendable, Equatable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
