/// Why a member of staff is away from their post for a long spell.
public enum AbsenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case maternity
    case longTermSickness = "long_term_sickness"
    /// Seconded out of the team to other work.
    case secondment
    case careerBreak = "career_break"
    case other

    public var title: String {
        switch self {
        case .maternity: "Maternity / parental leave"
        case .longTermSickness: "Long-term sickness"
        case .secondment: "Secondment out"
        case .careerBreak: "Career break"
        case .other: "Other"
        }
    }

    /// Codes and words HR exports use, including the census's `ReasonAbsence` codes.
    public init?(text: String) {
        let key = String(text.lowercased().filter { $0.isLetter })
        let known: [String: AbsenceKind] = [
            "maternity": .maternity, "mat": .maternity, "paternity": .maternity, "pat": .maternity,
            "parental": .maternity, "adoption": .maternity,
            "longtermsickness": .longTermSickness, "sickness": .longTermSickness, "sick": .longTermSickness,
            "lts": .longTermSickness, "secondment": .secondment, "seconded": .secondment,
            "careerbreak": .careerBreak, "other": .other, "oth": .other, "unp": .other, "trn": .other,
        ]
        guard let kind = known[key] else { return nil }
        self = kind
    }
}
