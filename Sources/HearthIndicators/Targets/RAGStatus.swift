/// Red / amber / green against a target, as boards read them; `neutral` for context measures.
public enum RAGStatus: String, Sendable, Codable, CaseIterable {
    case red, amber, green, neutral

    public var label: String {
        switch self {
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        case .neutral: "No target"
        }
    }

    /// How bad it is, for "did it get worse": red above amber above green; a measure with no
    /// target is never worse than anything.
    public var severity: Int {
        switch self {
        case .red: 2
        case .amber: 1
        case .green, .neutral: 0
        }
    }
}

/// Which way an indicator has moved over recent periods, judged by its polarity.
public enum DirectionOfTravel: String, Sendable, Codable {
    case improving, declining, stable, notApplicable = "n/a"
}
