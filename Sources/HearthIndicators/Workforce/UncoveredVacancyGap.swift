/// The uncovered vacancy gap, a local measure (GLOSSARY): posts with nobody working in them
/// after agency cover. Vacant FTE plus FTE away from post, less agency FTE. Negative when agency
/// cover exceeds the gaps (agency staff are then also adding capacity). Also given as a share of
/// the established (funded) posts, so services of different sizes can be set side by side: one
/// council's 62 vacant + 46 absent − 78 agency = 30 FTE was 6% of its 500 posts.
public struct UncoveredVacancyGap: Sendable, Hashable, Codable {
    public let vacancyFTE: Double
    public let absentFTE: Double
    public let agencyFTE: Double
    /// The funded posts the gap is measured against; nil where the teams' establishment is not known.
    public let establishmentFTE: Double?

    public init(vacancyFTE: Double, absentFTE: Double, agencyFTE: Double, establishmentFTE: Double? = nil) {
        self.vacancyFTE = vacancyFTE
        self.absentFTE = absentFTE
        self.agencyFTE = agencyFTE
        self.establishmentFTE = establishmentFTE
    }

    public var gapFTE: Double { vacancyFTE + absentFTE - agencyFTE }

    /// The gap as a percentage of the established posts; nil without an establishment.
    public var shareOfPosts: Double? {
        guard let establishmentFTE, establishmentFTE > 0 else { return nil }
        return gapFTE / establishmentFTE * 100
    }

    private enum CodingKeys: String, CodingKey {
        case vacancyFTE, absentFTE, agencyFTE, establishmentFTE, gapFTE, shareOfPosts
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(vacancyFTE: try c.decode(Double.self, forKey: .vacancyFTE), absentFTE: try c.decode(Double.self, forKey: .absentFTE),
                  agencyFTE: try c.decode(Double.self, forKey: .agencyFTE),
                  establishmentFTE: try c.decodeIfPresent(Double.self, forKey: .establishmentFTE))
    }

    /// The parts, and what they come to (the API's readers need not redo the sum).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(vacancyFTE, forKey: .vacancyFTE)
        try c.encode(absentFTE, forKey: .absentFTE)
        try c.encode(agencyFTE, forKey: .agencyFTE)
        try c.encodeIfPresent(establishmentFTE, forKey: .establishmentFTE)
        try c.encode(gapFTE, forKey: .gapFTE)
        try c.encodeIfPresent(shareOfPosts, forKey: .shareOfPosts)
    }
}
