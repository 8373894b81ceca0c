import Foundation

/// The `geographic_level` of a published row.
public enum GeographicLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case national = "National"
    case regional = "Regional"
    case localAuthority = "Local authority"

    /// Recognises the EES spelling, ignoring case and surrounding spaces.
    public init?(text: some StringProtocol) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let level = GeographicLevel.allCases.first(where: { $0.rawValue.lowercased() == t }) else { return nil }
        self = level
    }
}
