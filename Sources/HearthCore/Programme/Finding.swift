/// What an inspection or another source found: a recommendation, an area for priority action, a
/// strength, a condition (of an improvement notice or a direction), or a priority (set at a DfE
/// review).
public struct Finding: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case recommendation
        case areaForPriorityAction = "area for priority action"
        case strength
        case condition
        case priority
    }

    public let id: String
    public var kind: Kind
    public var text: String

    public init(id: String, kind: Kind, text: String) {
        self.id = id
        self.kind = kind
        self.text = text
    }

    /// Strengths need no action; recommendations and priority actions do.
    public var needsAction: Bool { kind != .strength }
}
