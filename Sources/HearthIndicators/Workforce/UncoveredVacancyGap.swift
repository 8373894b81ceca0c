/// The uncovered vacancy gap, a local measure (GLOSSARY): posts with nobody working in them
/// after agency cover. Vacant FTE plus FTE away from post, less agency FTE. Negative when agency
/// cover exceeds the gaps (agency staff are then also adding capacity).
public struct UncoveredVacancyGap: Sendable, Hashable, Codable {
    public let vacancyFTE: Double
    public let absentFTE: Double
    public let agencyFTE: Double

    public init(vacancyFTE: Double, absentFTE: Double, agencyFTE: Double) {
        self.vacancyFTE = vacancyFTE
        self.absentFTE = absentFTE
        self.agencyFTE = agencyFTE
    }

    public var gapFTE: Double { vacancyFTE + absentFTE - agencyFTE }
}
