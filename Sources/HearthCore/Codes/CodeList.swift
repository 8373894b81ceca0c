/// A DfE code list: the codes a field accepts, with their meaning for display.
public struct CodeList: Sendable {
    public let name: String
    public let entries: [(code: String, label: String)]
    private let index: [String: String]

    public init(_ name: String, _ entries: [(String, String)]) {
        self.name = name
        self.entries = entries.map { (code: $0.0, label: $0.1) }
        index = Dictionary(entries, uniquingKeysWith: { a, _ in a })
    }

    public func contains(_ code: String) -> Bool { index[code] != nil }
    public func label(_ code: String) -> String? { index[code] }
    public var codes: [String] { entries.map(\.code) }
}
