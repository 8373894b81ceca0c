/// Why DfE publishes no figure to set beside an indicator, so its page can say so rather than
/// leave the comparison blank. Keyed by indicator id; each reason was checked against LAIT's data
/// dictionary and the EES files Hearth ships.
public enum NoPublishedFigure {
    public static let reasons: [String: String] = [
        "contact_conversion": "Contacts are not collected by DfE (Annex A only), so there is no published figure to compare with.",
        "cla_iha_20wd": "DfE does not publish the timeliness of initial health assessments; the 20 working days come from statutory guidance.",
        "cla_reviews_timely": "DfE does not publish the timeliness of reviews of children looked after.",
        "cpp_subsequent_2y": "A local variant: DfE publishes second or subsequent plans at any time (shown on that indicator), not within 2 years.",
        "adoption_a1": "DfE publishes A1 by authority only in the adoption scorecards (3-year averages), which Hearth does not hold; "
            + "the national table Hearth ships gives England alone, for single years, in years and months.",
        "adoption_a2": "DfE publishes A2 (placement order to match) by authority only in the adoption scorecards, which Hearth does not hold; "
            + "its national table starts from the decision to place, not the placement order.",
        "adoption_a10": "DfE publishes A10 by authority only in the adoption scorecards, which Hearth does not hold.",
    ]

    /// The reason for `id`, or a general one for an indicator not listed.
    public static func reason(for id: String) -> String {
        reasons[id] ?? "DfE publishes no figure for this indicator in the statistics Hearth holds."
    }
}
