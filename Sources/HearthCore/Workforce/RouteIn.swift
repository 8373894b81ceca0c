/// How a worker came into children's social work: the trainee and recruitment routes whose
/// cohorts a council follows. The staff CSV's optional `route_in` column holds the code; a blank
/// `route_in` with `nqsw` true reads as ASYE.
public enum RouteIn: String, Sendable, Hashable, Codable, CaseIterable {
    /// A newly qualified social worker in (or after) the assessed and supported year in employment.
    case asye
    /// The Step Up to Social Work programme.
    case stepUp = "step_up"
    /// Frontline's (or its successor programme's) graduate route.
    case frontline
    /// The social work degree apprenticeship.
    case apprenticeship
    /// Recruited from overseas.
    case overseas

    public var title: String {
        switch self {
        case .asye: "ASYE (newly qualified)"
        case .stepUp: "Step Up"
        case .frontline: "Frontline"
        case .apprenticeship: "Apprenticeship"
        case .overseas: "Overseas recruitment"
        }
    }

    /// The code or the words councils type ("Step Up", "step-up", "NQSW", "international").
    public init?(text: String) {
        let key = String(text.lowercased().filter { $0.isLetter })
        let known: [String: RouteIn] = [
            "asye": .asye, "nqsw": .asye, "newlyqualified": .asye, "stepup": .stepUp, "stepuptosocialwork": .stepUp,
            "frontline": .frontline, "apprenticeship": .apprenticeship, "apprentice": .apprenticeship,
            "overseas": .overseas, "overseasrecruitment": .overseas, "international": .overseas,
        ]
        guard let route = known[key] else { return nil }
        self = route
    }
}
