/// Ofsted's four-point grade, as ILACS gives it for overall effectiveness and each judgement.
public enum OfstedGrade: Int, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case outstanding = 1
    case good = 2
    case requiresImprovement = 3
    case inadequate = 4

    /// Reads the grade as Ofsted's tables write it ("Requires improvement to be good",
    /// "requires improvement", "Good", "1"…); nil for blanks and anything else.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch t {
        case "outstanding", "1": self = .outstanding
        case "good", "2": self = .good
        case "requires improvement", "requires improvement to be good", "3": self = .requiresImprovement
        case "inadequate", "4": self = .inadequate
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement to be good"
        case .inadequate: "Inadequate"
        }
    }

    /// Better grades sort first (outstanding < inadequate).
    public static func < (a: OfstedGrade, b: OfstedGrade) -> Bool { a.rawValue < b.rawValue }
}
