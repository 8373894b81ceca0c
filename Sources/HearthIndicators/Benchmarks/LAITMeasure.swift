import HearthData

/// An indicator whose DfE published figure Hearth takes from LAIT (the shipped cut in
/// `published/lait`), because the Explore Education Statistics files Hearth ships do not hold it.
///
/// Each mapping names the LAIT measure by `Measure_short` and `Measure_code`, and carries DfE's
/// polarity as the data dictionary gives it: ranks follow DfE's reading of the measure, not the
/// catalogue's. A LAIT measure is mapped only where its description and methodology describe
/// the figure the indicator computes; where a detail differs the mapping says which.
public struct LAITMeasure: Sendable {
    public let indicatorID: String
    /// LAIT's `Measure_short`: the `measure` column of the long table.
    public let measure: String
    /// LAIT's `Measure_code`, as the dictionary and the LAIT site name the measure.
    public let code: String
    /// The dictionary's `Polarity` for the measure.
    public let polarity: PublishedPolarity

    public init(_ indicatorID: String, measure: String, code: String, polarity: PublishedPolarity) {
        self.indicatorID = indicatorID
        self.measure = measure
        self.code = code
        self.polarity = polarity
    }

    /// `assessments_45wd` ← `Continue_Assess_Comp` (304), "Continuous assessments completed within
    /// 45 working days", High. DfE: single continuous assessments with an end date in the year
    /// ending 31 March, the percentage completed within 45 working days of the referral — the
    /// indicator's numerator and denominator. (The dictionary's methodology line describes the
    /// count; the value LAIT holds is the percentage: England 2024-25 85.7%.)
    public static let assessments = LAITMeasure("assessments_45wd", measure: "Continue_Assess_Comp", code: "304", polarity: .high)

    /// `s47_rate` ← `Section_47` (217), "Section 47 enquiries rate per 10,000 children", no
    /// polarity ("-"). DfE: s47 enquiries started in the year per 10,000 children aged 0–17 (ONS
    /// mid-year estimate), each enquiry counted — the indicator's definition.
    public static let section47 = LAITMeasure("s47_rate", measure: "Section_47", code: "217", polarity: .none)

    /// `icpc_15wd` ← `CP_conf_15days` (218), "Percentage of child protection conferences held
    /// within 15 days", High. DfE: initial child protection conferences in the year held within 15
    /// working days of the strategy discussion that started the s47 enquiry, each ICPC counted —
    /// the indicator's definition (the CIN census records the s47 start as the strategy
    /// discussion's date). It equals LAIT's bands `10_ICPC` + `15_ICPC` over all four bands
    /// (268): Halton 2024-25 (14 + 178) ÷ 221 = 86.9%.
    public static let icpc = LAITMeasure("icpc_15wd", measure: "CP_conf_15days", code: "218", polarity: .high)

    /// `cpp_2y_ended` ← `CPPlans2yrs` (98), "Child Protection Plans lasting 2 years or more which
    /// cease during the year", Low. DfE: plans ceasing in the year that had lasted more than 729
    /// calendar days (including the day of cessation) ÷ plans ceasing, each cessation counted —
    /// the indicator's definition. (Not `CPPlans2yrsActive`, the plans open at 31 March.)
    public static let longPlansEnded = LAITMeasure("cpp_2y_ended", measure: "CPPlans2yrs", code: "98", polarity: .low)

    /// `cpp_reviews_timely` ← `RevCP` (19), "Review of Child Protection Cases", High. DfE: children
    /// on a plan at 31 March who had been on it for at least 3 months, the percentage whose reviews
    /// were all held within the required timescales (3 months, then at most 6-monthly) — the
    /// indicator's definition. (`CPP_Reviewed_InReqTimeScl` and `CPP_31March_3MnthorMore`, code 19
    /// too, are its numerator and denominator as counts.)
    public static let protectionPlanReviews = LAITMeasure("cpp_reviews_timely", measure: "RevCP", code: "19", polarity: .high)

    /// `cla_distance_20mi` ← `LACDistance` (87), "Children looked after placed more than 20 miles
    /// from home, outside LA Boundary (%)", Low. DfE: children looked after at 31 March placed more
    /// than 20 miles from their home address and outside the authority's boundary ÷ all children
    /// looked after at 31 March (short-break placements left out) — the indicator's cohort and
    /// test. One difference: DfE divides by every child looked after at 31 March, Hearth by those
    /// whose two postcodes it can place, so Hearth's figure runs higher where postcodes are
    /// missing. (Not the EES table of placements started in the year, a different cohort.)
    public static let distantPlacements = LAITMeasure("cla_distance_20mi", measure: "LACDistance", code: "87", polarity: .low)

    /// `cla_missing` ← `Children_missing` (161), "% Children looked after who were missing", no
    /// polarity ("-": DfE calls neither a higher nor a lower figure better). DfE: children looked after during the year who had at least one missing
    /// incident ÷ children looked after during the year (short-break placements left out) — the
    /// indicator's definition. One difference: DfE also counts a child whose only missing episode
    /// was already open on 1 April; Hearth counts episodes starting in the year.
    public static let missing = LAITMeasure("cla_missing", measure: "Children_missing", code: "161", polarity: .none)

    /// Every indicator benchmarked from LAIT.
    public static let all: [LAITMeasure] = [
        assessments, section47, icpc, longPlansEnded, protectionPlanReviews, distantPlacements, missing,
    ]

    public static func forIndicator(_ id: String) -> LAITMeasure? { all.first { $0.indicatorID == id } }
}
