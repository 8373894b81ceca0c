import HearthCore
import HearthData

/// How often children in care (or in need) miss school, as DfE publishes it for the authority
/// beside England and its region: overall absence and persistent absence (10% or more of
/// sessions missed). The education part of a corporate parenting report.
public struct SchoolAbsence: Sendable, Equatable {
    public struct Figures: Sendable, Equatable {
        public let area: String
        /// Overall absence: the percentage of possible sessions missed.
        public let overall: PublishedValue
        /// Pupils missing 10% or more of sessions, as a percentage of pupils.
        public let persistent: PublishedValue
    }

    /// The academic year the figures are for, by the year it ends in (2024 = 2023/24).
    public let year: Int
    public let group: String
    public let authority: Figures
    public let region: Figures?
    public let england: Figures

    /// DfE's group for children looked after for 12 months at 31 March.
    public static let lookedAfter = "CLA 12 months at 31 March"

    /// The latest year DfE publishes for the authority, or nil when the file is not loaded.
    public init?(statistics: PublishedStatistics, authority la: LocalAuthority, group: String = SchoolAbsence.lookedAfter) {
        guard let table = statistics[.pupilAbsence] else { return nil }
        let filters = ["social_care_group": group, "phase_type_grouping": "Total"]
        let held = table.years.filter { !table.rows(level: .localAuthority, code: la.code, year: $0, where: filters).isEmpty }
        // The latest year with a figure; a suppressed or withheld latest year gives way to the one before.
        let withFigure = held.last { year in
            table.rows(level: .localAuthority, code: la.code, year: year, where: filters).first?.value("pt_overall")?.number != nil
        }
        guard let year = withFigure ?? held.last else { return nil }
        func figures(_ level: GeographicLevel, _ code: String, _ name: String) -> Figures? {
            guard let row = table.rows(level: level, code: code, year: year, where: filters).first,
                  let overall = row.value("pt_overall"), let persistent = row.value("pt_pupils_pa_10_exact") else { return nil }
            return Figures(area: name, overall: overall, persistent: persistent)
        }
        guard let own = figures(.localAuthority, la.code, la.name), let england = figures(.national, "", "England") else { return nil }
        self.year = year
        self.group = group
        authority = own
        region = figures(.regional, la.regionCode, la.regionName)
        self.england = england
    }
}
