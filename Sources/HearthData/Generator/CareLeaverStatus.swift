import HearthCore

/// A care leaver's contact, activity and accommodation at one point, drawn from the authority's
/// published mix for their age group (17–18 or 19–21).
struct CareLeaverStatus {
    let inTouch: String
    let activity: String?
    let accommodation: String?

    /// Whether a period of care makes the young person a care leaver: ceased at 16 or over after
    /// at least 13 weeks looked after since their 14th birthday.
    static func qualifies(_ care: SimCare, birth: Day) -> Bool {
        guard let end = care.end else { return false }
        let fourteenth = birth.adding(years: 14)
        return birth.age(on: end) >= 16 && max(care.start, fourteenth).days(to: end) >= 91
    }

    static func draw(profile: AuthorityProfile, age: Int, _ rng: inout SeededRandom) -> CareLeaverStatus {
        let mix = age <= 18 ? profile.careLeaverActivity17to18 : profile.careLeaverActivity19to21
        let group = mix.isEmpty ? .notKnown : mix[rng.weighted(mix.map(\.share))].group
        if group == .notKnown {
            return CareLeaverStatus(inTouch: rng.chance(0.6) ? "NO" : "REFU", activity: nil, accommodation: nil)
        }
        let full = rng.chance(0.8)
        let activity: String
        switch group {
        case .higherEducation: activity = full ? "F1" : "P1"
        case .otherEducation: activity = full ? "F2" : "P2"
        case .training: activity = full ? "F4" : "P4"
        case .employment: activity = full ? "F5" : "P5"
        case .neetIllness: activity = "G4"
        case .neetOther: activity = "G5"
        case .neetParenting, .notKnown: activity = "G6"
        }
        let suitablePercent = age <= 18 ? profile.suitableAccommodationPercent17to18 : profile.suitableAccommodationPercent19to21
        // The published suitable share includes those with no information, who are out of this branch.
        let known = max(1, 100 - profile.careLeaverNotKnownPercent)
        let suitable = rng.chance(min(1, suitablePercent / known))
        let letter = suitable
            ? ["D", "E", "U", "B", "Z", "T", "K"][rng.weighted([25, 10, 30, 12, 10, 8, 5])]
            : ["S", "W", "V", "X", "K", "B"][rng.weighted([20, 15, 15, 25, 15, 10])]
        return CareLeaverStatus(inTouch: "YES", activity: activity, accommodation: letter + (suitable ? "1" : "2"))
    }
}
