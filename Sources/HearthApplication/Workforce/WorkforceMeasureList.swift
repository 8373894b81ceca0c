import HearthIndicators

/// The workforce measures in the order pages and packs list them, with the id of DfE's
/// published counterpart, so the page and the board pack cannot list them differently.
public struct WorkforceMeasureList {
    public struct Entry {
        public let id: String
        public let title: String
        public let measure: MeasureRatio
        /// Shown as a ratio (cases per FTE), not a percentage.
        public let isRatio: Bool
    }

    public static func entries(_ r: WorkforceReport) -> [Entry] {
        [Entry(id: "sw_vacancy_rate", title: "Vacancy rate", measure: r.vacancyRate, isRatio: false),
         Entry(id: "sw_agency_rate", title: "Agency rate", measure: r.agencyRate, isRatio: false),
         Entry(id: "sw_agency_cover_vacancies", title: "Vacancies covered by agency workers", measure: r.agencyCoverOfVacancies, isRatio: false),
         Entry(id: "sw_turnover", title: "Turnover", measure: r.turnover, isRatio: false),
         Entry(id: "sw_absence", title: "Sickness absence", measure: r.sicknessAbsence, isRatio: false),
         Entry(id: "sw_caseload", title: "Caseload per case-holding FTE", measure: r.caseload, isRatio: true)]
    }
}
