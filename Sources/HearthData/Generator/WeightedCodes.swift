/// A code list with the share each code has in the synthetic data (shares loosely follow DfE's
/// national characteristics tables; they only need to look plausible).
struct WeightedCodes: Sendable {
    let codes: [String]
    let weights: [Double]

    init(_ pairs: [(String, Double)]) {
        codes = pairs.map(\.0)
        weights = pairs.map(\.1)
    }

    func draw(_ rng: inout SeededRandom) -> String { codes[rng.weighted(weights)] }

    static let referralSource = WeightedCodes([
        ("6", 29), ("2A", 19), ("3A", 3), ("3B", 2), ("3C", 1), ("3D", 2), ("3E", 2), ("3F", 7),
        ("1A", 4), ("1B", 0.5), ("1C", 1), ("1D", 0.5), ("2B", 1), ("4", 2), ("5A", 4), ("5B", 3),
        ("5C", 3), ("5D", 3), ("7", 2), ("8", 3), ("9", 1), ("10", 1),
    ])
    static let primaryNeed = WeightedCodes([
        ("N1", 57), ("N2", 10), ("N3", 3), ("N4", 15), ("N5", 9), ("N6", 2), ("N7", 0.5), ("N8", 3),
    ])
    static let planCategory = WeightedCodes([("NEG", 50), ("EMO", 37), ("PHY", 6), ("SAB", 4), ("MUL", 3)])
    static let ethnicity = WeightedCodes([
        ("WBRI", 70), ("WIRI", 0.3), ("WIRT", 0.3), ("WOTH", 6), ("WROM", 0.6), ("MWBC", 3), ("MWBA", 1),
        ("MWAS", 1.5), ("MOTH", 3), ("AIND", 1), ("APKN", 3), ("ABAN", 1), ("AOTH", 1.5), ("BCRB", 1),
        ("BAFR", 3), ("BOTH", 1), ("CHNE", 0.2), ("OOTH", 2), ("REFU", 0.3), ("NOBT", 0.5),
    ])
    static let ethnicityLondon = WeightedCodes([
        ("WBRI", 32), ("WIRI", 0.5), ("WIRT", 0.3), ("WOTH", 12), ("WROM", 1), ("MWBC", 5), ("MWBA", 2),
        ("MWAS", 2), ("MOTH", 6), ("AIND", 2), ("APKN", 3), ("ABAN", 5), ("AOTH", 4), ("BCRB", 5),
        ("BAFR", 10), ("BOTH", 4), ("CHNE", 0.3), ("OOTH", 5), ("REFU", 0.4), ("NOBT", 0.5),
    ])
    static let uascEthnicity = WeightedCodes([("BAFR", 40), ("AOTH", 25), ("OOTH", 30), ("WOTH", 5)])
    static let disability = WeightedCodes([
        ("LD", 25), ("AUT", 25), ("COMM", 15), ("BEH", 12), ("MOB", 8), ("PC", 5), ("HEAR", 3), ("VIS", 3),
        ("HAND", 2), ("INC", 1), ("CON", 1),
    ])
    static let factorsAbuse = WeightedCodes([
        ("3B", 30), ("4B", 25), ("16A", 22), ("17A", 22), ("2B", 12), ("1B", 8), ("18B", 6), ("18C", 3),
        ("24A", 4), ("5B", 3), ("3A", 8),
    ])
    static let factorsOther = WeightedCodes([
        ("4A", 14), ("4B", 12), ("3B", 12), ("14A", 6), ("15A", 5), ("10A", 5), ("22A", 3), ("11A", 2),
        ("5A", 5), ("6A", 4), ("7A", 2), ("23A", 4), ("21", 6), ("2A", 2), ("1A", 1), ("13A", 1),
    ])
    static let reviewParticipation = WeightedCodes([
        ("PN1", 55), ("PN2", 5), ("PN3", 3), ("PN4", 7), ("PN5", 6), ("PN6", 14), ("PN7", 10),
    ])
    static let placementChangeReason = WeightedCodes([
        ("CARPL", 40), ("CREQB", 13), ("CREQO", 12), ("CHILD", 6), ("STAND", 3), ("ALLEG", 2), ("CLOSE", 3),
        ("LAREQ", 6), ("APPRR", 1), ("PLACE", 8), ("OTHER", 6),
    ])
    static let socialWorkerChange = WeightedCodes([
        ("LEFTRL", 35), ("TSPROC", 25), ("MANAGE", 10), ("ORGRST", 8), ("CHCHAN", 8), ("ABSENC", 5),
        ("PCCHAN", 4), ("FCONTA", 2), ("OTHERS", 3),
    ])
}
