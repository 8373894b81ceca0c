/// Shading for a table cell: the red / amber / green rating of an indicator, or grey for one
/// not rated.
///
/// The tints are light, after the GOV.UK tag colours, so the document's near-black text keeps
/// a contrast above 10:1 on each of them.
public enum DocxFill: String, Sendable, Hashable, CaseIterable {
    case red, amber, green, grey

    /// The shading as a hex RGB value, as WordprocessingML writes colours.
    var hex: String {
        switch self {
        case .red: "F4CDC6"
        case .amber: "FFE7A3"
        case .green: "CCE2D8"
        case .grey: "E5E6E7"
        }
    }
}
