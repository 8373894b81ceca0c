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
}

/// Which way an indicator has moved over recent periods, judged by its polarity.
public enum DirectionOfTravel: String, Sendable, Codable {
    case improving, declining, stable, notApplicable = "n/a"
}
