/// Which way DfE reads a measure: the `Polarity` column of LAIT's data dictionary. Ranks and
/// quartiles follow it, so "best" is DfE's word, never a guess of Hearth's.
public enum PublishedPolarity: String, Sendable, Hashable, Codable {
    /// "High": a higher figure is better; the highest authority ranks first.
    case high
    /// "Low": a lower figure is better; the lowest authority ranks first.
    case low
    /// "-" (or "NA"): DfE calls neither direction better (rates of demand, the CLA rate). Hearth
    /// still orders authorities, highest first, but does not call any position best or worst.
    case none

    /// Reads the dictionary's spelling; anything but High or Low is no polarity, since a measure
    /// DfE has not judged must not be ranked as if it had.
    public init(dictionaryText text: some StringProtocol) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "high": self = .high
        case "low": self = .low
        default: self = .none
        }
    }
}
