/// England's figures for indicators DfE publishes outside the files Hearth ships (the CIN
/// census's timeliness tables), as each definition carries them (`englandDefault`): year to 31
/// March 2025, from DfE's "Children in need" and "Children looked after" releases. Used only as
/// default targets when no published file gives England's value.
public enum NationalFigures {
    /// The year (to 31 March) every `englandDefault` is for.
    public static let year = 2025

    /// Published values where held, each definition's England default where not.
    public static func defaults(published: [IndicatorID: Double],
                                catalogue: IndicatorCatalogue = .standard) -> [IndicatorID: Double] {
        var out = published
        for d in catalogue.allDefinitions where out[d.id] == nil {
            if let v = d.englandDefault { out[d.id] = v }
        }
        return out
    }
}
