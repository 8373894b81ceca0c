/// England's figures for indicators DfE publishes outside the files Hearth ships (the CIN
/// census's timeliness tables), year to 31 March 2025, from DfE's "Children in need" release.
/// Used only as default targets when no published file gives England's value.
public enum NationalFigures {
    public static let year = 2025

    public static let england2025: [String: Double] = [
        "assessments_45wd": 85.7,
        "icpc_15wd": 81.4,
        "rereferrals_12m": 22.6,
        "cpp_subsequent": 24.5,
        "cla_3plus_placements": 10,
        "cla_long_term_stability": 69,
        "care_leavers_eet": 54,
        "care_leavers_suitable_accommodation": 89,
    ]

    /// Published values where held, these figures where not.
    public static func defaults(published: [String: Double]) -> [String: Double] {
        published.merging(england2025) { published, _ in published }
    }
}
